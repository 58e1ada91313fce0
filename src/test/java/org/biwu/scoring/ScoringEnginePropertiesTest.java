package org.biwu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the engine over generated marks and fields. */
class ScoringEnginePropertiesTest {

    @Provide
    Arbitrary<List<BigDecimal>> marks() {
        return Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 1)).list().ofMinSize(1).ofMaxSize(9);
    }

    @Property
    void aTrimmedMeanLiesBetweenTheSmallestAndLargestMarkKept(@ForAll("marks") List<BigDecimal> values,
                                                              @ForAll @IntRange(max = 3) int high, @ForAll @IntRange(max = 3) int low) {
        if (high + low >= values.size()) {
            return;
        }
        AspectRule rule = AspectRule.of("A", "10", values.size(), MarkAggregation.TRIMMED_MEAN).dropping(high, low);
        BigDecimal mean = ScoringEngine.aggregate(rule, values);
        List<BigDecimal> sorted = values.stream().sorted().toList();
        assertThat(mean).isBetween(sorted.get(low), sorted.get(values.size() - 1 - high));
    }

    @Property
    void droppingMarksNeverUsesMoreMarksThanAreKept(@ForAll("marks") List<BigDecimal> values,
                                                    @ForAll @IntRange(max = 3) int high, @ForAll @IntRange(max = 3) int low) {
        if (high + low >= values.size()) {
            return;
        }
        // a trimmed sum of marks all 1 counts the marks it uses
        List<BigDecimal> ones = Collections.nCopies(values.size(), BigDecimal.ONE);
        AspectRule rule = AspectRule.of("A", "10", values.size(), MarkAggregation.TRIMMED_SUM).dropping(high, low);
        assertThat(ScoringEngine.aggregate(rule, ones)).isEqualByComparingTo(BigDecimal.valueOf(values.size() - high - low));
    }

    @Property
    void ranksAreStandardCompetitionRanksConsistentWithTotals(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20) Integer> totals) {
        RoundRule round = new RoundRule("F", 1, null, List.of(), List.of(new ModuleRule("M", BigDecimal.ONE, null,
                List.of(AspectRule.of("A", "100", 1, MarkAggregation.SINGLE)))));
        EventRules rules = EventRules.of(2, round);
        List<CompetitorScore> scores = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            CompetitorMarks marks = new CompetitorMarks().put("A", 1, AttemptMarks.of(null, totals.get(i).toString()));
            scores.add(ScoringEngine.scoreCompetitor(round, 2, i, true, marks));
        }
        Standings standings = ScoringEngine.rank(rules, "F", scores, Map.of());
        for (StandingsEntry e : standings.entries()) {
            long better = standings.entries().stream().filter(o -> o.total().compareTo(e.total()) > 0).count();
            assertThat(e.rank()).isEqualTo((int) better + 1);
        }
        assertThat(standings.entries()).hasSize(totals.size());
    }

    @Property
    void aMarkAddedToAnIncompleteAttemptNeverChangesACompleteOne(
            @ForAll @Size(min = 5, max = 5) List<@IntRange(min = 0, max = 100) Integer> first,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100) Integer> second,
            @ForAll @IntRange(min = 0, max = 100) int added) {
        AspectRule rule = AspectRule.of("A", "10", 5, MarkAggregation.TRIMMED_MEAN).dropping(1, 1)
                .withAttempts(2, AttemptCombination.SUM);
        CompetitorMarks before = marks(first, second);
        List<Integer> more = new ArrayList<>(second);
        more.add(added);
        CompetitorMarks after = marks(first, more);
        AspectScore a = ScoringEngine.scoreAspect(rule, 2, before);
        AspectScore b = ScoringEngine.scoreAspect(rule, 2, after);
        assertThat(b.attempts().get(0)).isEqualTo(a.attempts().get(0));
    }

    private static CompetitorMarks marks(List<Integer> first, List<Integer> second) {
        return new CompetitorMarks()
                .put("A", 1, new AttemptMarks(null, first.stream().map(i -> BigDecimal.valueOf(i, 1)).toList()))
                .put("A", 2, new AttemptMarks(null, second.stream().map(i -> BigDecimal.valueOf(i, 1)).toList()));
    }
}
