package org.biwu.replay;

import java.math.BigDecimal;
import java.util.List;

/**
 * A judged final as published: the sport's rules, the athletes with their official results, the
 * panel, and every attempt (dive, run) with each judge's mark, in the order they were made.
 *
 * @param competition name of the competition to create
 * @param organizer   who sanctioned it
 * @param event       name of the event (one round, {@code final})
 */
public record JudgedFinal(String competition, String organizer, String event, Rules rules, List<Athlete> athletes,
                          List<Judge> judges, List<Attempt> attempts) {

    /** Awards of places 1, 2 and 3. */
    public static final List<String> MEDALS = List.of("金牌", "银牌", "铜牌");

    /**
     * The sport's marking scheme: one module of one aspect marked by a panel, over several attempts.
     *
     * @param aggregation        a MarkAggregation of the API, e.g. TRIMMED_SUM
     * @param attemptCombination an AttemptCombination of the API: SUM or BEST
     */
    public record Rules(String module, String moduleName, String aspect, String aspectName, double maxMark, int judges, String aggregation, int dropHighest,
                        int dropLowest, int attempts, String attemptCombination) {
    }

    /**
     * @param affiliation   country, or null when the file has none
     * @param officialTotal the official final score (sum of the dives; best run)
     * @param officialRank  the official place
     */
    public record Athlete(String bib, String name, String affiliation, BigDecimal officialTotal, int officialRank) {

        /** 金牌, 银牌 or 铜牌 for the official places 1 to 3; null below. */
        public String officialMedal() {
            return officialRank <= MEDALS.size() ? MEDALS.get(officialRank - 1) : null;
        }
    }

    /** @param affiliation country, or null when the file has none */
    public record Judge(String name, String affiliation) {
    }

    /**
     * One dive or run.
     *
     * @param number        1 for the first dive or run
     * @param difficulty    the dive's degree of difficulty; null when the sport has none
     * @param marks         every judge's mark in panel order; empty when the attempt has no marks (not taken)
     * @param officialScore the official score of the attempt; null when it was not scored (DNI)
     */
    public record Attempt(Athlete athlete, int number, BigDecimal difficulty, List<BigDecimal> marks,
                          BigDecimal officialScore) {

        public boolean marked() {
            return !marks.isEmpty();
        }
    }

    /** The attempts that have judges' marks: what a scorekeeper enters. */
    public List<Attempt> markedAttempts() {
        return attempts.stream().filter(Attempt::marked).toList();
    }

    /** How many marks a scorekeeper enters. */
    public int markCount() {
        return markedAttempts().stream().mapToInt(a -> a.marks().size()).sum();
    }
}
