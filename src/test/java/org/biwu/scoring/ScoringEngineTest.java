package org.biwu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static BigDecimal attempt(AspectRule rule, String difficulty, String... marks) {
        return ScoringEngine.scoreAttempt(rule, 2, 1, AttemptMarks.of(difficulty, marks)).score();
    }

    @Test
    void fiveJudgesDropTheHighestAndLowestAndAverageTheRest() {
        AspectRule rule = AspectRule.of("A", "10", 5, MarkAggregation.TRIMMED_MEAN).dropping(1, 1);
        assertThat(attempt(rule, null, "9", "7", "8", "8.5", "6")).isEqualByComparingTo("7.83");
    }

    @Test
    void aDiveIsTheMiddleThreeOfSevenTimesItsDifficulty() {
        AspectRule dive = AspectRule.of("dive", "10", 7, MarkAggregation.TRIMMED_SUM).dropping(2, 2);
        // Paris 2024, Noah Williams' first dive: 8 8 8 8 8.5 8.5 9, DD 3.2 -> 78.40
        assertThat(attempt(dive, "3.2", "8", "8", "8", "8", "8.5", "8.5", "9")).isEqualByComparingTo("78.40");
    }

    @Test
    void aMedianOfAnEvenNumberOfMarksIsTheMeanOfTheMiddleTwo() {
        AspectRule rule = AspectRule.of("A", "10", 4, MarkAggregation.MEDIAN);
        assertThat(attempt(rule, null, "1", "9", "4", "6")).isEqualByComparingTo("5.00");
    }

    @Test
    void aWorldSkillsJudgementIsTheMeanScoreOverThreeTimesTheAspectMaximum() {
        // three experts score 0-3; aspect worth 2.5 marks: mean / 3 x 2.5
        AspectRule judgement = AspectRule.of("J1", "3", 3, MarkAggregation.MEAN).scaledBy("0.8333333333333333333");
        assertThat(attempt(judgement, null, "2", "3", "2")).isEqualByComparingTo("1.94");
    }

    @Test
    void anAttemptIsScoredOnlyWhenEveryJudgeHasMarked() {
        AspectRule rule = AspectRule.of("A", "10", 3, MarkAggregation.MEAN);
        AttemptScore partial = ScoringEngine.scoreAttempt(rule, 2, 1, AttemptMarks.of(null, "5", "6"));
        assertThat(partial.score()).isNull();
        assertThat(partial.complete()).isFalse();
        assertThat(partial.marksIn()).isEqualTo(2);
    }

    @Test
    void moreMarksThanJudgesIsAnError() {
        AspectRule rule = AspectRule.of("A", "10", 1, MarkAggregation.SINGLE);
        assertThatThrownBy(() -> attempt(rule, null, "5", "6")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 marks for 1 judges");
    }

    @Test
    void theBestCompleteRunCountsAndRunsNotTakenAreIgnored() {
        AspectRule run = AspectRule.of("run", "100", 2, MarkAggregation.MEAN).withAttempts(3, AttemptCombination.BEST);
        CompetitorMarks marks = new CompetitorMarks()
                .put("run", 1, AttemptMarks.of(null, "40", "42"))
                .put("run", 2, AttemptMarks.of(null, "90", "91"));
        AspectScore score = ScoringEngine.scoreAspect(run, 2, marks);
        assertThat(score.score()).isEqualByComparingTo("90.50");
        assertThat(score.complete()).isFalse();
    }

    @Test
    void averagedAttemptsAreRoundedToTheEventsDecimals() {
        AspectRule rule = AspectRule.of("A", "10", 1, MarkAggregation.SINGLE).withAttempts(3, AttemptCombination.AVERAGE);
        CompetitorMarks marks = new CompetitorMarks()
                .put("A", 1, AttemptMarks.of(null, "1")).put("A", 2, AttemptMarks.of(null, "1"))
                .put("A", 3, AttemptMarks.of(null, "2"));
        assertThat(ScoringEngine.scoreAspect(rule, 2, marks).score()).isEqualByComparingTo("1.33");
    }

    private static final RoundRule THEORY_AND_PRACTICAL = new RoundRule("final", 1, null, List.of(), List.of(
            new ModuleRule("theory", d("0.3"), d("60"), List.of(AspectRule.of("exam", "100", 1, MarkAggregation.SINGLE))),
            new ModuleRule("practical", d("0.7"), d("60"), List.of(
                    AspectRule.of("weld", "60", 5, MarkAggregation.TRIMMED_MEAN).dropping(1, 1),
                    AspectRule.of("measure", "40", 1, MarkAggregation.SINGLE)))));

    private static CompetitorScore competitor(long id, String exam, String measure, String... weld) {
        CompetitorMarks marks = new CompetitorMarks()
                .put("exam", 1, AttemptMarks.of(null, exam))
                .put("measure", 1, AttemptMarks.of(null, measure))
                .put("weld", 1, AttemptMarks.of(null, weld));
        return ScoringEngine.scoreCompetitor(THEORY_AND_PRACTICAL, 2, id, true, marks);
    }

    @Test
    void theRoundTotalWeighsTheoryThirtyAndPracticalSeventyPercent() {
        CompetitorScore s = competitor(1, "80", "30", "50", "52", "48", "51", "40");
        // practical = mean(48, 50, 51) + 30 = 79.67; total = 0.3 x 80 + 0.7 x 79.67 = 79.769 -> 79.77
        assertThat(s.module("practical").orElseThrow().score()).isEqualByComparingTo("79.67");
        assertThat(s.roundTotal()).isEqualByComparingTo("79.77");
        assertThat(s.module("theory").orElseThrow().passed()).isTrue();
        assertThat(s.complete()).isTrue();
    }

    @Test
    void aModuleBelowItsPassMarkIsNotPassed() {
        CompetitorScore s = competitor(1, "59.5", "30", "50", "52", "48", "51", "40");
        assertThat(s.module("theory").orElseThrow().passed()).isFalse();
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        EventRules rules = EventRules.of(2, THEORY_AND_PRACTICAL);
        Standings standings = ScoringEngine.rank(rules, "final", List.of(
                competitor(1, "90", "40", "60", "60", "60", "60", "60"),
                competitor(2, "80", "30", "50", "50", "50", "50", "50"),
                competitor(3, "80", "30", "50", "50", "50", "50", "50"),
                competitor(4, "70", "30", "50", "50", "50", "50", "50")), Map.of());
        assertThat(standings.entries()).extracting(StandingsEntry::registrationId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(standings.entries()).extracting(StandingsEntry::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void aTieBreakModuleSeparatesEqualTotals() {
        EventRules rules = EventRules.of(2, THEORY_AND_PRACTICAL).withTieBreaks("practical");
        // the same total 86.00: 0.3 x 100 + 0.7 x 80 and 0.3 x 86 + 0.7 x 86
        CompetitorScore theoryStrong = competitor(1, "100", "20", "60", "60", "60", "60", "60");
        CompetitorScore practicalStrong = competitor(2, "86", "36", "50", "50", "50", "50", "50");
        assertThat(theoryStrong.roundTotal()).isEqualByComparingTo(practicalStrong.roundTotal());
        Standings standings = ScoringEngine.rank(rules, "final", List.of(theoryStrong, practicalStrong), Map.of());
        assertThat(standings.entries()).extracting(StandingsEntry::registrationId).containsExactly(2L, 1L);
        assertThat(standings.entries()).extracting(StandingsEntry::rank).containsExactly(1, 2);
    }

    @Test
    void earlierRoundsCarryOverIntoTheRankingTotalAndTheTopAdvance() {
        AspectRule single = AspectRule.of("A", "100", 1, MarkAggregation.SINGLE);
        RoundRule prelim = new RoundRule("prelim", 1, 2, List.of(), List.of(new ModuleRule("M", BigDecimal.ONE, null, List.of(single))));
        RoundRule fin = new RoundRule("final", 2, null, List.of("prelim"), List.of(new ModuleRule("M", BigDecimal.ONE, null, List.of(single))));
        EventRules rules = EventRules.of(2, prelim, fin);
        List<CompetitorScore> prelimScores = List.of(score(prelim, 1, "50"), score(prelim, 2, "70"), score(prelim, 3, "60"));
        Standings prelimStandings = ScoringEngine.rank(rules, "prelim", prelimScores, Map.of());
        assertThat(prelimStandings.entries()).extracting(StandingsEntry::advanced).containsExactly(true, true, false);

        Standings finalStandings = ScoringEngine.rank(rules, "final",
                List.of(score(fin, 2, "20"), score(fin, 3, "35")),
                Map.of("prelim", Map.of(1L, prelimScores.get(0), 2L, prelimScores.get(1), 3L, prelimScores.get(2))));
        assertThat(finalStandings.entries()).extracting(StandingsEntry::registrationId).containsExactly(3L, 2L);
        assertThat(finalStandings.entries()).extracting(StandingsEntry::total).containsExactly(d("95.00"), d("90.00"));
        assertThat(finalStandings.entries()).extracting(e -> e.score().roundTotal()).containsExactly(d("35.00"), d("20.00"));
        assertThat(finalStandings.entries()).extracting(StandingsEntry::advanced).containsExactly(false, false);
    }

    private static CompetitorScore score(RoundRule round, long id, String mark) {
        return ScoringEngine.scoreCompetitor(round, 2, id, true, new CompetitorMarks().put("A", 1, AttemptMarks.of(null, mark)));
    }

    @Test
    void awardsGoByRankBandPercentBandAndMinimumTotalInOrder() {
        AspectRule single = AspectRule.of("A", "100", 1, MarkAggregation.SINGLE);
        RoundRule fin = new RoundRule("final", 1, null, List.of(), List.of(new ModuleRule("M", BigDecimal.ONE, null, List.of(single))));
        EventRules rules = EventRules.of(2, fin).withAwards(
                AwardRule.ranks("金牌", 1, 1),
                new AwardRule("一等奖", null, null, null, d("30"), null),
                new AwardRule("优胜奖", null, null, null, null, d("50")));
        // 10 ranked: 30 % band = ranks 1..3; 金牌 takes rank 1 first
        List<CompetitorScore> scores = new java.util.ArrayList<>();
        String[] marks = {"99", "90", "80", "70", "60", "55", "50", "40", "30", "20"};
        for (int i = 0; i < marks.length; i++) {
            scores.add(score(fin, i + 1, marks[i]));
        }
        Standings standings = ScoringEngine.rank(rules, "final", scores, Map.of());
        assertThat(standings.entries()).extracting(StandingsEntry::award)
                .containsExactly("金牌", "一等奖", "一等奖", "优胜奖", "优胜奖", "优胜奖", "优胜奖", null, null, null);
    }

    @Test
    void withdrawnAndUnscoredRegistrationsAreShownButNotRanked() {
        AspectRule single = AspectRule.of("A", "100", 1, MarkAggregation.SINGLE);
        RoundRule fin = new RoundRule("final", 1, null, List.of(), List.of(new ModuleRule("M", BigDecimal.ONE, null, List.of(single))));
        EventRules rules = EventRules.of(2, fin);
        CompetitorScore withdrawn = ScoringEngine.scoreCompetitor(fin, 2, 1, false,
                new CompetitorMarks().put("A", 1, AttemptMarks.of(null, "99")));
        CompetitorScore unscored = ScoringEngine.scoreCompetitor(fin, 2, 2, true, new CompetitorMarks());
        Standings standings = ScoringEngine.rank(rules, "final", List.of(withdrawn, unscored, score(fin, 3, "10")), Map.of());
        assertThat(standings.entries()).extracting(StandingsEntry::registrationId).containsExactly(3L, 1L, 2L);
        assertThat(standings.entries()).extracting(StandingsEntry::rank).containsExactly(1, null, null);
        assertThat(standings.rankedCount()).isEqualTo(1);
    }
}
