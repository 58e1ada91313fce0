package org.biwu.promotion.engine;

import java.util.Objects;

/**
 * A proposed outcome for one person (the contract's {@code PromotionOutcome}, before HR decides).
 *
 * @param personId       who gets it
 * @param registrationId the registration (individual or team) whose result earned it
 * @param rule           1-based position in the policy of the rule that granted it
 * @param kind           skill level, title or nomination
 * @param fromLevel      SKILL_LEVEL: the person's level before (null when none recorded); else null
 * @param toLevel        SKILL_LEVEL: the level proposed; else null
 * @param title          TITLE and HONOR_NOMINATION: the title or honour; else null
 * @param reason         the rule and the facts of the entry it tested
 */
public record PromotionOutcome(long personId, long registrationId, int rule, OutcomeKind kind, SkillLevel fromLevel,
                               SkillLevel toLevel, String title, Reason reason) {

    public PromotionOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
