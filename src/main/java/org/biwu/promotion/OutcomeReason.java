package org.biwu.promotion;

import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;

/**
 * What an outcome's reason says, as things stood when it was proposed: kept with the outcome (JSON
 * in {@code promotion_outcome.reason_facts}) and written in the reader's language by
 * {@link PromotionReasons}.
 *
 * @param policyName   the policy's name
 * @param policySource the policy's source as stored (a template's is translated when written)
 * @param template     the policy is one of the shipped templates
 * @param competition  the competition's name
 * @param event        the event's name
 * @param person       the person's name
 * @param rule         1-based position of the rule that granted it
 * @param conditions   that rule, for its conditions
 * @param rank         the entry's rank
 * @param field        the number of ranked entries
 * @param award        the entry's award when the rule tests awards
 * @param category     the person's category when the rule tests it
 * @param teamSize     the event's team size (1: individual) when the rule tests format or team size
 * @param modulesPassed the rule required every module passed
 * @param kind         what was granted
 * @param fromLevel    SKILL_LEVEL: the level before (null: none recorded)
 * @param toLevel      SKILL_LEVEL: the level proposed
 * @param title        TITLE, HONOR_NOMINATION: the title or honour
 * @param unit         a commendation: the participating unit that nominated the person (null for a rule's outcome)
 * @param citation     a commendation: what the unit said the person did (主要事迹)
 */
public record OutcomeReason(String policyName, String policySource, boolean template, String competition, String event,
                            String person, int rule, PromotionRule conditions, int rank, int field, String award,
                            PersonCategory category, Integer teamSize, boolean modulesPassed, OutcomeKind kind,
                            SkillLevel fromLevel, SkillLevel toLevel, String title, String unit,
                            String citation) {

    /** The reason of an individual commendation: granted by the organizer's decision on a unit's nomination, not by a rule. */
    static OutcomeReason commendation(PromotionPolicy policy, String competition, String event, String person, String unit,
                                      String citation, String title) {
        return new OutcomeReason(policy.name, policy.storedSource(), policy.template, competition, event, person, 0, null, 0, 0,
                null, null, null, false, OutcomeKind.TITLE, null, null, title, unit, citation);
    }

    /** A commendation's reason, not a rule's. */
    boolean commended() {
        return unit != null;
    }
}
