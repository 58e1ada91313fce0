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
import net.jqwik.api.From;
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

    // ------------------------------------------------------------ labor competitions: deductions, caps, vetoes

    /** A 六比一创-like module: base score, three added indicators, two deductions, a veto item; capped when {@code cap} is given. */
    private static RoundRule laborPeriod(String code, List<String> carried, BigDecimal base, BigDecimal cap) {
        return new RoundRule(code, carried.size() + 1, null, carried, List.of(
                new ModuleRule("M", BigDecimal.ONE, null, List.of(
                        AspectRule.of("Q", "30", 1, MarkAggregation.SINGLE),
                        AspectRule.of("S", "30", 1, MarkAggregation.SINGLE),
                        AspectRule.of("B", "10", 1, MarkAggregation.SINGLE),
                        AspectRule.of("D1", "20", 1, MarkAggregation.SINGLE).withEffect(AspectEffect.DEDUCT),
                        AspectRule.of("D2", "20", 1, MarkAggregation.SINGLE).withEffect(AspectEffect.DEDUCT),
                        AspectRule.of("V", "1", 1, MarkAggregation.SINGLE).withEffect(AspectEffect.VETO)),
                        base, cap)));
    }

    @Provide
    Arbitrary<List<Integer>> laborSheet() {
        // Q S B D1 D2 in tenths of a point, V 0 or 1
        return Arbitraries.integers().between(0, 200).list().ofSize(5)
                .flatMap(values -> Arbitraries.integers().between(0, 1).map(v -> {
                    List<Integer> row = new ArrayList<>(values);
                    row.add(v);
                    return row;
                }));
    }

    private static CompetitorMarks sheet(List<Integer> row) {
        CompetitorMarks marks = new CompetitorMarks();
        List<String> codes = List.of("Q", "S", "B", "D1", "D2", "V");
        for (int i = 0; i < codes.size(); i++) {
            BigDecimal value = i == 5 ? BigDecimal.valueOf(row.get(i)) : BigDecimal.valueOf(row.get(i), 1);
            marks.put(codes.get(i), 1, new AttemptMarks(null, List.of(value)));
        }
        return marks;
    }

    @Property
    void aDeductionNeverRaisesAScore(@ForAll("laborSheet") List<Integer> row, @ForAll @IntRange(min = 0, max = 200) int more,
                                     @ForAll @IntRange(min = 0, max = 500) int base, @ForAll boolean capped) {
        RoundRule period = laborPeriod("P1", List.of(), BigDecimal.valueOf(base, 1), capped ? BigDecimal.valueOf(400, 1) : null);
        List<Integer> deducted = new ArrayList<>(row);
        deducted.set(3, Math.min(200, row.get(3) + more));
        CompetitorScore before = ScoringEngine.scoreCompetitor(period, 2, 1, true, sheet(row));
        CompetitorScore after = ScoringEngine.scoreCompetitor(period, 2, 1, true, sheet(deducted));
        assertThat(after.roundTotal()).isLessThanOrEqualTo(before.roundTotal());
        assertThat(after.roundTotal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property
    void aCappedModuleNeverExceedsItsCapNorFallsBelowZero(@ForAll("laborSheet") List<Integer> row,
                                                         @ForAll @IntRange(min = 0, max = 500) int base,
                                                         @ForAll @IntRange(min = 1, max = 800) int cap) {
        BigDecimal max = BigDecimal.valueOf(Math.max(cap, base), 1);
        RoundRule period = laborPeriod("P1", List.of(), BigDecimal.valueOf(base, 1), max);
        ModuleScore module = ScoringEngine.scoreCompetitor(period, 2, 1, true, sheet(row)).modules().get(0);
        assertThat(module.score()).isBetween(BigDecimal.ZERO, max);
        // uncapped, the same sheet is the plain arithmetic, floored at 0
        BigDecimal plain = BigDecimal.valueOf(base, 1).add(BigDecimal.valueOf(row.get(0) + row.get(1) + row.get(2), 1))
                .subtract(BigDecimal.valueOf(row.get(3) + row.get(4), 1)).max(BigDecimal.ZERO);
        assertThat(ScoringEngine.scoreCompetitor(laborPeriod("P1", List.of(), BigDecimal.valueOf(base, 1), null), 2, 1, true, sheet(row))
                .modules().get(0).score()).isEqualByComparingTo(plain);
        assertThat(module.score()).isEqualByComparingTo(plain.min(max));
    }

    @Property
    void aVetoNeverChangesAnyOtherRegistrationsTotalAndRanksTheVetoedNowhere(
            @ForAll @Size(min = 2, max = 12) List<@From("laborSheet") List<Integer>> rows, @ForAll @IntRange(min = 0, max = 11) int vetoed) {
        int who = vetoed % rows.size();
        RoundRule first = laborPeriod("P1", List.of(), BigDecimal.valueOf(500, 1), null);
        RoundRule second = laborPeriod("P2", List.of("P1"), BigDecimal.valueOf(500, 1), null);
        EventRules rules = EventRules.of(2, first, second).withAwards(AwardRule.ranks("先进集体", 1, 3));
        List<List<Integer>> withVeto = new ArrayList<>(rows);
        List<Integer> row = new ArrayList<>(rows.get(who));
        row.set(5, 1);
        withVeto.set(who, row);
        // the veto in the first period; the second period's ranking includes it
        Standings plainFirst = rank(rules, first, rows, Map.of());
        Standings vetoFirst = rank(rules, first, withVeto, Map.of());
        List<List<Integer>> clean = rows.stream().map(r -> {
            List<Integer> c = new ArrayList<>(r);
            c.set(5, 0);
            return (List<Integer>) c;
        }).toList();
        Standings plainSecond = rank(rules, second, clean, scores(first, rows));
        Standings vetoSecond = rank(rules, second, clean, scores(first, withVeto));
        for (Standings[] pair : List.of(new Standings[] {plainFirst, vetoFirst}, new Standings[] {plainSecond, vetoSecond})) {
            for (StandingsEntry e : pair[1].entries()) {
                StandingsEntry before = pair[0].entry(e.registrationId()).orElseThrow();
                assertThat(e.total()).as("totals are still computed and shown").isEqualByComparingTo(before.total());
                if (e.registrationId() == who) {
                    assertThat(e.vetoed()).isTrue();
                    assertThat(e.vetoReasons()).containsExactly("P1/V");
                    assertThat(e.rank()).isNull();
                    assertThat(e.award()).isNull();
                } else if (!before.vetoed()) {
                    // nobody else is vetoed, and nobody is ranked worse for it
                    assertThat(e.vetoed()).isFalse();
                    assertThat(e.rank()).isLessThanOrEqualTo(before.rank());
                }
            }
        }
    }

    private static Map<String, Map<Long, CompetitorScore>> scores(RoundRule round, List<List<Integer>> rows) {
        Map<Long, CompetitorScore> out = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            out.put((long) i, ScoringEngine.scoreCompetitor(round, 2, i, true, sheet(rows.get(i))));
        }
        return Map.of(round.code(), out);
    }

    private static Standings rank(EventRules rules, RoundRule round, List<List<Integer>> rows,
                                  Map<String, Map<Long, CompetitorScore>> earlier) {
        List<CompetitorScore> scores = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            scores.add(ScoringEngine.scoreCompetitor(round, 2, i, true, sheet(rows.get(i))));
        }
        return ScoringEngine.rank(rules, round.code(), scores, earlier);
    }

    private static CompetitorMarks marks(List<Integer> first, List<Integer> second) {
        return new CompetitorMarks()
                .put("A", 1, new AttemptMarks(null, first.stream().map(i -> BigDecimal.valueOf(i, 1)).toList()))
                .put("A", 2, new AttemptMarks(null, second.stream().map(i -> BigDecimal.valueOf(i, 1)).toList()));
    }
}
