package org.biwu.promotion.engine;

import java.util.List;

/**
 * A promotion rule that can never match or grant anything: the field at fault, what is wrong with
 * it and the values concerned, so that the caller can say so in the reader's language. The
 * message is the same in English.
 */
public final class InvalidRuleException extends IllegalArgumentException {

    /** What is wrong with the rule. */
    public enum Problem {
        /** An award name is blank. */
        AWARD_BLANK,
        /** values: rankFrom, rankTo with rankFrom above rankTo. */
        RANK_ORDER,
        /** values: percentFrom, percentTo with percentFrom not below percentTo. */
        PERCENT_ORDER,
        /** values: teamSize, other than 1 with format INDIVIDUAL. */
        TEAM_SIZE_INDIVIDUAL,
        /** values: minField, maxField with minField above maxField. */
        FIELD_ORDER,
        /** A SKILL_LEVEL rule with both or neither of level and levelSteps. */
        LEVEL_OR_STEPS,
        /** A SKILL_LEVEL rule with a title. */
        TITLE_NOT_FOR_LEVEL,
        /** values: outcome; a TITLE or HONOR_NOMINATION rule without a title. */
        TITLE_NEEDED,
        /** values: outcome; a TITLE or HONOR_NOMINATION rule with level or levelSteps. */
        LEVEL_NOT_FOR,
        /** values: the value, the smallest allowed. */
        BELOW_MINIMUM,
        /** values: the value, outside 0 to 100. */
        NOT_PERCENT
    }

    private final String field;
    private final Problem problem;
    private final List<String> values;

    InvalidRuleException(String field, Problem problem, String message, Object... values) {
        super(message);
        this.field = field;
        this.problem = problem;
        this.values = java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    /** The rule's field at fault, as named in PromotionRuleInput (rankTo, title …). */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** The values concerned, in the order the problem names them. */
    public List<String> values() {
        return values;
    }
}
