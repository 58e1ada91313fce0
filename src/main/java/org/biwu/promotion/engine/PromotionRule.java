package org.biwu.promotion.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a promotion policy: conditions on an entry of the final standings and its members,
 * and what the rule grants. The fields are those of the contract's {@code PromotionRuleInput}
 * (02-promotion.graphql). Every condition given must hold; a condition left null (or an empty
 * award list, or requirePassedModules false) does not apply.
 *
 * @param rankFrom             smallest rank, inclusive
 * @param rankTo               largest rank, inclusive
 * @param percentFrom          percent band of ranked entries, as in {@code AwardRuleInput}: rank r of N
 *                             qualifies when N × percentFrom / 100 &lt; r ≤ N × percentTo / 100
 * @param percentTo            see percentFrom
 * @param awards               the entry's award must be one of these (compared exactly); empty: no condition
 * @param format               the event's format must be this one
 * @param teamSize             the event's team size must be this one
 * @param minField             the number of ranked entries N must be at least this
 * @param maxField             the number of ranked entries N must be at most this
 * @param requirePassedModules every module with a pass mark must be passed
 * @param category             each member's own category must be this one (a student in a team gets
 *                             nothing from an employees-only rule, the employees in the team do)
 * @param outcome              what the rule grants
 * @param level                SKILL_LEVEL: the level granted; a person below it gets it, a person already
 *                             at it gets the next level, a person above it gets nothing (contract; RULES.md
 *                             "Level X (already X → next)")
 * @param levelSteps           SKILL_LEVEL alternative to level: this many levels above the current one
 * @param title                TITLE or HONOR_NOMINATION: the title (技术能手) or the honour (五一劳动奖章)
 */
public record PromotionRule(Integer rankFrom, Integer rankTo, BigDecimal percentFrom, BigDecimal percentTo,
                            List<String> awards, EventFormat format, Integer teamSize, Integer minField,
                            Integer maxField, boolean requirePassedModules, PersonCategory category,
                            OutcomeKind outcome, SkillLevel level, Integer levelSteps, String title) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the rule is one that can match and grant something; each message names the field and
     * says what to give instead.
     */
    public PromotionRule {
        Objects.requireNonNull(outcome, "outcome");
        awards = awards == null ? List.of() : List.copyOf(awards);
        for (String award : awards) {
            if (award.isBlank()) {
                throw new InvalidRuleException("awards", InvalidRuleException.Problem.AWARD_BLANK,
                        "awards: an award name is blank; give names such as 金牌 or 优胜奖");
            }
        }
        atLeast("rankFrom", rankFrom, 1);
        atLeast("rankTo", rankTo, 1);
        if (rankFrom != null && rankTo != null && rankFrom > rankTo) {
            throw new InvalidRuleException("rankFrom", InvalidRuleException.Problem.RANK_ORDER, "rankFrom " + rankFrom
                    + " is above rankTo " + rankTo + ": give the band as rankFrom ≤ rankTo", rankFrom, rankTo);
        }
        percent("percentFrom", percentFrom);
        percent("percentTo", percentTo);
        if (percentFrom != null && percentTo != null && percentFrom.compareTo(percentTo) >= 0) {
            throw new InvalidRuleException("percentFrom", InvalidRuleException.Problem.PERCENT_ORDER, "percentFrom "
                    + plain(percentFrom) + " is not below percentTo " + plain(percentTo)
                    + ": the band (percentFrom, percentTo] would be empty", plain(percentFrom), plain(percentTo));
        }
        atLeast("teamSize", teamSize, 1);
        if (format == EventFormat.INDIVIDUAL && teamSize != null && teamSize != 1) {
            throw new InvalidRuleException("teamSize", InvalidRuleException.Problem.TEAM_SIZE_INDIVIDUAL, "teamSize " + teamSize
                    + " with format INDIVIDUAL never matches: use format TEAM, or teamSize 1", teamSize);
        }
        atLeast("minField", minField, 0);
        atLeast("maxField", maxField, 0);
        if (minField != null && maxField != null && minField > maxField) {
            throw new InvalidRuleException("minField", InvalidRuleException.Problem.FIELD_ORDER, "minField " + minField
                    + " is above maxField " + maxField + ": give the field band as minField ≤ maxField", minField, maxField);
        }
        switch (outcome) {
            case SKILL_LEVEL -> {
                if ((level == null) == (levelSteps == null)) {
                    throw new InvalidRuleException("level", InvalidRuleException.Problem.LEVEL_OR_STEPS,
                            "outcome SKILL_LEVEL needs exactly one of level and levelSteps");
                }
                atLeast("levelSteps", levelSteps, 1);
                if (title != null) {
                    throw new InvalidRuleException("title", InvalidRuleException.Problem.TITLE_NOT_FOR_LEVEL,
                            "title is for TITLE and HONOR_NOMINATION outcomes; leave it out of a SKILL_LEVEL rule");
                }
            }
            case TITLE, HONOR_NOMINATION -> {
                if (title == null || title.isBlank()) {
                    throw new InvalidRuleException("title", InvalidRuleException.Problem.TITLE_NEEDED,
                            "outcome " + outcome + " needs a title, e.g. 技术能手 or 五一劳动奖章", outcome);
                }
                if (level != null || levelSteps != null) {
                    throw new InvalidRuleException(level != null ? "level" : "levelSteps", InvalidRuleException.Problem.LEVEL_NOT_FOR,
                            "level and levelSteps are for SKILL_LEVEL outcomes; leave them out of a " + outcome + " rule", outcome);
                }
            }
        }
    }

    /** Starts a rule: conditions first, then what it grants. */
    public static Builder when() {
        return new Builder();
    }

    /**
     * The level this rule grants a person now at {@code current} (null: no recorded level), or null
     * when it grants none.
     *
     * <p>With {@code level} X: below X (or no level) → X; at X → the next level; above X → none.
     * With {@code levelSteps} k: current + k; a person with no recorded level stands one rung below
     * 学徒工, so k steps lead to the k-th level of the ladder (1 → 学徒工, 2 → 初级工). Either way the
     * result is capped at 首席技师, and a result no higher than the current level is none.
     */
    public SkillLevel grantedLevel(SkillLevel current) {
        if (outcome != OutcomeKind.SKILL_LEVEL) {
            return null;
        }
        SkillLevel granted;
        if (level != null) {
            granted = current == level ? level.next() : level;
        } else {
            granted = current == null ? SkillLevel.APPRENTICE.plus(levelSteps - 1) : current.plus(levelSteps);
        }
        // above the rule's level, or already at the top of the ladder: nothing
        return current == null || granted.isAbove(current) ? granted : null;
    }

    /** Whether rank r of N ranked entries lies in the percent band, in exact decimal arithmetic. */
    boolean inPercentBand(int rank, int field) {
        // N × from / 100 < r ≤ N × to / 100, compared as 100 r against N × percent
        BigDecimal r = BigDecimal.valueOf(rank).multiply(HUNDRED);
        BigDecimal n = BigDecimal.valueOf(field);
        if (percentFrom != null && r.compareTo(n.multiply(percentFrom)) <= 0) {
            return false;
        }
        return percentTo == null || r.compareTo(n.multiply(percentTo)) <= 0;
    }

    /** The conditions, readably: "ranks 1–5, 职工 only". */
    public String describeConditions() {
        List<String> parts = new ArrayList<>();
        if (rankFrom != null || rankTo != null) {
            int from = rankFrom == null ? 1 : rankFrom;
            parts.add(rankTo == null ? "ranks " + from + " and below"
                    : from == rankTo ? "rank " + from : "ranks " + from + "–" + rankTo);
        }
        if (percentFrom != null || percentTo != null) {
            boolean fromTop = percentFrom == null || percentFrom.signum() == 0;
            if (percentTo == null) {
                parts.add("outside the top " + plain(percentFrom) + " %");
            } else if (fromTop) {
                parts.add("top " + plain(percentTo) + " %");
            } else {
                parts.add("top " + plain(percentTo) + " % but not top " + plain(percentFrom) + " %");
            }
        }
        if (!awards.isEmpty()) {
            parts.add("award " + String.join("/", awards));
        }
        if (format != null) {
            parts.add(format == EventFormat.INDIVIDUAL ? "individual events" : "team events");
        }
        if (teamSize != null) {
            parts.add("team size " + teamSize);
        }
        if (minField != null && maxField != null) {
            parts.add("field " + minField + "–" + maxField);
        } else if (minField != null) {
            parts.add("field ≥ " + minField);
        } else if (maxField != null) {
            parts.add("field ≤ " + maxField);
        }
        if (requirePassedModules) {
            parts.add("every module passed");
        }
        if (category != null) {
            parts.add(category.label() + " only");
        }
        return parts.isEmpty() ? "every ranked entry" : String.join(", ", parts);
    }

    private static void atLeast(String field, Integer value, int min) {
        if (value != null && value < min) {
            throw new InvalidRuleException(field, InvalidRuleException.Problem.BELOW_MINIMUM, field + " " + value + " is below " + min,
                    value, min);
        }
    }

    private static void percent(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new InvalidRuleException(field, InvalidRuleException.Problem.NOT_PERCENT, field + " " + plain(value)
                    + " is not a percentage: give 0 to 100", plain(value));
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Builds a rule the way it reads: {@code PromotionRule.when().ranks(1, 5).category(EMPLOYEE)
     * .grantsTitle("全国技术能手")}.
     */
    public static final class Builder {
        private Integer rankFrom;
        private Integer rankTo;
        private BigDecimal percentFrom;
        private BigDecimal percentTo;
        private List<String> awards = List.of();
        private EventFormat format;
        private Integer teamSize;
        private Integer minField;
        private Integer maxField;
        private boolean requirePassedModules;
        private PersonCategory category;

        private Builder() {
        }

        /** Ranks {@code from} to {@code to}, inclusive. */
        public Builder ranks(int from, int to) {
            rankFrom = from;
            rankTo = to;
            return this;
        }

        /** Rank {@code rank} exactly. */
        public Builder rank(int rank) {
            return ranks(rank, rank);
        }

        /** The top {@code percent} % of the ranked entries. */
        public Builder topPercent(String percent) {
            return percent(null, percent);
        }

        /** Percent band (from, to] of the ranked entries; from null: from the top. */
        public Builder percent(String from, String to) {
            percentFrom = from == null ? null : new BigDecimal(from);
            percentTo = to == null ? null : new BigDecimal(to);
            return this;
        }

        /** The entry's award is one of these. */
        public Builder awards(String... names) {
            awards = Arrays.asList(names);
            return this;
        }

        public Builder format(EventFormat value) {
            format = value;
            return this;
        }

        public Builder teamSize(int value) {
            teamSize = value;
            return this;
        }

        /** At least {@code value} ranked entries. */
        public Builder minField(int value) {
            minField = value;
            return this;
        }

        /** At most {@code value} ranked entries. */
        public Builder maxField(int value) {
            maxField = value;
            return this;
        }

        /** Every module with a pass mark passed. */
        public Builder passedModules() {
            requirePassedModules = true;
            return this;
        }

        public Builder category(PersonCategory value) {
            category = value;
            return this;
        }

        /** Grants {@code level} (already at it → the next level; above it → nothing). */
        public PromotionRule grantsLevel(SkillLevel level) {
            return build(OutcomeKind.SKILL_LEVEL, level, null, null);
        }

        /** Grants {@code steps} levels above the current one. */
        public PromotionRule grantsLevelSteps(int steps) {
            return build(OutcomeKind.SKILL_LEVEL, null, steps, null);
        }

        /** Grants the honorary title {@code title}. */
        public PromotionRule grantsTitle(String title) {
            return build(OutcomeKind.TITLE, null, null, title);
        }

        /** Nominates for the honour {@code honour}, decided elsewhere. */
        public PromotionRule nominatesFor(String honour) {
            return build(OutcomeKind.HONOR_NOMINATION, null, null, honour);
        }

        private PromotionRule build(OutcomeKind outcome, SkillLevel level, Integer levelSteps, String title) {
            return new PromotionRule(rankFrom, rankTo, percentFrom, percentTo, awards, format, teamSize, minField,
                    maxField, requirePassedModules, category, outcome, level, levelSteps, title);
        }
    }
}
