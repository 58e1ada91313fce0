package org.biwu.promotion.engine;

import java.util.Objects;

/**
 * Why someone in the standings got less than a rule would suggest: shown to HR beside the outcomes
 * so that "nothing" is never unexplained.
 *
 * @param registrationId the registration concerned
 * @param personId       the member concerned; null when the note is about the whole entry
 * @param rule           1-based position of the rule concerned; null when about no single rule
 * @param kind           what kind of explanation
 * @param reason         readable text naming the policy, the person and the rule
 */
public record PromotionNote(long registrationId, Long personId, Integer rule, Kind kind, String reason) {

    public PromotionNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The closed set of explanations. */
    public enum Kind {
        /** The entry earns nothing: withdrawn, disqualified, not approved, incomplete or unranked. */
        NOT_ELIGIBLE,
        /** The entry met the rule but the rule is for another category of person (e.g. employees only). */
        OTHER_CATEGORY,
        /** The rule matched but the person is already above its level (or at the top of the ladder). */
        ABOVE_LEVEL,
        /** The person already gained a level through a competition this year and the policy allows one. */
        ONCE_PER_YEAR,
        /** A later skill-level rule matched too; a policy grants one skill level per person. */
        ONE_LEVEL_PER_POLICY
    }
}
