package org.biwu.promotion.engine;

/**
 * Why an outcome was proposed: the rule that granted it and the facts of the entry it tested, for
 * the reader's words (the promotion service writes them in the reader's language).
 *
 * @param rule          1-based position of the rule in the policy
 * @param rank          the entry's rank
 * @param field         the number of ranked entries of the event
 * @param award         the entry's award when the rule tests awards; else null
 * @param category      the member's category when the rule tests it; else null
 * @param teamSize      the event's team size (1: individual) when the rule tests format or team size; else null
 * @param modulesPassed true when the rule requires every module passed (and so the entry passed them)
 */
public record Reason(int rule, int rank, int field, String award, PersonCategory category, Integer teamSize,
                     boolean modulesPassed) {
}
