package org.biwu.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * THE ENGINE: marks → attempt, aspect, module and round scores → ranks, advancement and awards.
 * Plain Java over exact decimals, deterministic, no I/O.
 *
 * <p>The arithmetic, as the API contract's {@code Aspect} describes it: score of one attempt =
 * aggregation(marks, after drops) × difficulty (1 when none) × scaleFactor, rounded half-up to
 * the event's scoreDecimals; aspect score = attemptCombination over the complete attempts; module
 * score = baseScore + ADD aspect scores − DEDUCT aspect scores, never below 0 (扣完为止) and never
 * above maxScore when the module has one; round total = Σ weight × module score, rounded half-up;
 * ranking total = round total + the round totals of the rounds in rankingIncludes. A VETO aspect
 * (一票否决) adds nothing: an attempt of it whose aggregated mark is above 0 vetoes the registration in
 * its round and in every round whose ranking includes that round, which then ranks it nowhere.
 *
 * <p>Scoring is per registration ({@link #scoreCompetitor}) so that a new mark rescores one
 * competitor; ranking ({@link #rank}) then orders the whole round.
 */
public final class ScoringEngine {

    /** Precision of intermediate quotients (means), far beyond any published score's. */
    private static final int WORKING_SCALE = 20;

    private ScoringEngine() {
    }

    /**
     * Scores one attempt.
     *
     * @return the attempt's score, null while fewer than {@code aspect.judges()} marks are in
     * @throws IllegalArgumentException when more marks are given than the aspect expects
     */
    public static AttemptScore scoreAttempt(AspectRule aspect, int scoreDecimals, int attempt, AttemptMarks marks) {
        int in = marks.values().size();
        if (in > aspect.judges()) {
            throw new IllegalArgumentException("aspect " + aspect.code() + " attempt " + attempt + ": " + in
                    + " marks for " + aspect.judges() + " judges");
        }
        if (in < aspect.judges()) {
            return new AttemptScore(attempt, null, in, aspect.judges());
        }
        BigDecimal value = aggregate(aspect, marks.values());
        BigDecimal difficulty = marks.difficulty() == null ? BigDecimal.ONE : marks.difficulty();
        BigDecimal score = value.multiply(difficulty).multiply(aspect.scaleFactor())
                .setScale(scoreDecimals, RoundingMode.HALF_UP);
        return new AttemptScore(attempt, score, in, aspect.judges());
    }

    /** The aggregation of a complete set of marks, unrounded. */
    static BigDecimal aggregate(AspectRule aspect, List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        if (aspect.trims()) {
            sorted = sorted.subList(aspect.dropLowest(), sorted.size() - aspect.dropHighest());
        }
        return switch (aspect.aggregation()) {
            case SINGLE -> sorted.get(0);
            case SUM, TRIMMED_SUM -> sum(sorted);
            case MEAN, TRIMMED_MEAN -> mean(sorted);
            case MEDIAN -> {
                int n = sorted.size();
                yield n % 2 == 1 ? sorted.get(n / 2) : mean(sorted.subList(n / 2 - 1, n / 2 + 1));
            }
        };
    }

    /** Scores one aspect over all its attempts. */
    public static AspectScore scoreAspect(AspectRule aspect, int scoreDecimals, CompetitorMarks marks) {
        List<AttemptScore> attempts = new ArrayList<>(aspect.attempts());
        for (int attempt = 1; attempt <= aspect.attempts(); attempt++) {
            attempts.add(scoreAttempt(aspect, scoreDecimals, attempt, marks.get(aspect.code(), attempt)));
        }
        List<BigDecimal> complete = attempts.stream().map(AttemptScore::score).filter(s -> s != null).toList();
        BigDecimal score = complete.isEmpty() ? null : switch (aspect.attemptCombination()) {
            case SUM -> sum(complete);
            case BEST -> complete.stream().max(Comparator.naturalOrder()).orElseThrow();
            case AVERAGE -> mean(complete).setScale(scoreDecimals, RoundingMode.HALF_UP);
        };
        return new AspectScore(aspect.code(), score, attempts);
    }

    /** Scores one registration in one round. */
    public static CompetitorScore scoreCompetitor(RoundRule round, int scoreDecimals, long registrationId,
                                                  boolean rankable, CompetitorMarks marks) {
        List<ModuleScore> modules = new ArrayList<>(round.modules().size());
        List<String> vetoReasons = new ArrayList<>();
        BigDecimal total = null;
        for (ModuleRule module : round.modules()) {
            List<AspectScore> aspects = module.aspects().stream()
                    .map(a -> scoreAspect(a, scoreDecimals, marks)).toList();
            BigDecimal score = moduleScore(module, aspects);
            Boolean passed = score == null || module.passMark() == null ? null : score.compareTo(module.passMark()) >= 0;
            modules.add(new ModuleScore(module.code(), score, passed, aspects));
            if (score != null) {
                BigDecimal weighted = module.weight().multiply(score);
                total = total == null ? weighted : total.add(weighted);
            }
            module.aspects().stream().filter(a -> a.effect() == AspectEffect.VETO && vetoes(a, marks))
                    .forEach(a -> vetoReasons.add(round.code() + "/" + a.code()));
        }
        return new CompetitorScore(registrationId, rankable,
                total == null ? null : total.setScale(scoreDecimals, RoundingMode.HALF_UP), modules, vetoReasons);
    }

    /**
     * baseScore + ADD − DEDUCT aspect scores, within 0 and maxScore; null while none of the module's
     * aspects (VETO ones included) has a score.
     */
    private static BigDecimal moduleScore(ModuleRule module, List<AspectScore> aspects) {
        BigDecimal score = null;
        for (int i = 0; i < aspects.size(); i++) {
            BigDecimal aspect = aspects.get(i).score();
            if (aspect == null) {
                continue;
            }
            BigDecimal start = score == null ? module.baseScore() : score;
            score = switch (module.aspects().get(i).effect()) {
                case ADD -> start.add(aspect);
                case DEDUCT -> start.subtract(aspect);
                case VETO -> start;
            };
        }
        if (score == null) {
            return null;
        }
        score = score.max(BigDecimal.ZERO);
        return module.maxScore() == null ? score : score.min(module.maxScore());
    }

    /** True when a complete attempt of the VETO aspect has an aggregated mark above 0. */
    private static boolean vetoes(AspectRule aspect, CompetitorMarks marks) {
        for (int attempt = 1; attempt <= aspect.attempts(); attempt++) {
            List<BigDecimal> values = marks.get(aspect.code(), attempt).values();
            if (values.size() == aspect.judges() && aggregate(aspect, values).signum() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ranks a round.
     *
     * @param scores        every registration's score in this round
     * @param earlierRounds round code → registration → score, for the rounds this round's
     *                      rankingIncludes names: their round totals add to the ranking total (a
     *                      missing one counts as 0) and their vetoes carry over
     */
    public static Standings rank(EventRules rules, String roundCode, Collection<CompetitorScore> scores,
                                 Map<String, Map<Long, CompetitorScore>> earlierRounds) {
        RoundRule round = rules.roundOrThrow(roundCode);
        record Row(CompetitorScore score, BigDecimal total, List<String> vetoReasons) {
            boolean ranked() {
                return score.rankable() && total != null && vetoReasons.isEmpty();
            }
        }
        List<Row> rows = new ArrayList<>(scores.size());
        for (CompetitorScore score : scores) {
            BigDecimal total = score.roundTotal();
            List<String> vetoReasons = new ArrayList<>();
            for (String included : round.rankingIncludes()) {
                CompetitorScore earlier = earlierRounds.getOrDefault(included, Map.of()).get(score.registrationId());
                if (earlier == null) {
                    continue;
                }
                vetoReasons.addAll(earlier.vetoReasons());
                if (total != null && earlier.roundTotal() != null) {
                    total = total.add(earlier.roundTotal());
                }
            }
            vetoReasons.addAll(score.vetoReasons());
            rows.add(new Row(score, total, vetoReasons));
        }
        Comparator<Row> better = Comparator.comparing(Row::total, Comparator.reverseOrder());
        for (String module : rules.tieBreakModules()) {
            better = better.thenComparing(r -> moduleScore(r.score(), module),
                    Comparator.nullsLast(Comparator.reverseOrder()));
        }
        Comparator<Row> rankOrder = better;
        List<Row> ranked = rows.stream().filter(Row::ranked).sorted(rankOrder).toList();
        List<Row> unranked = rows.stream().filter(r -> !r.ranked())
                .sorted(Comparator.comparingLong(r -> r.score().registrationId())).toList();

        boolean advances = rules.hasRoundAfter(round);
        boolean awards = round.code().equals(rules.lastRound().code());
        List<StandingsEntry> entries = new ArrayList<>(rows.size());
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Row row = ranked.get(i);
            if (i == 0 || rankOrder.compare(ranked.get(i - 1), row) != 0) {
                rank = i + 1;
            }
            boolean advanced = advances && (round.advancingCount() == null || rank <= round.advancingCount());
            String award = awards ? award(rules, rank, ranked.size(), row.total()) : null;
            entries.add(new StandingsEntry(row.score(), rank, row.total(), advanced, award, List.of()));
        }
        for (Row row : unranked) {
            entries.add(new StandingsEntry(row.score(), null, row.total(), false, null, row.vetoReasons()));
        }
        return new Standings(roundCode, entries);
    }

    /** The name of the first award rule met by rank {@code rank} of {@code rankedCount}, or null. */
    static String award(EventRules rules, int rank, int rankedCount, BigDecimal total) {
        BigDecimal r = BigDecimal.valueOf(rank);
        BigDecimal n = BigDecimal.valueOf(rankedCount);
        for (AwardRule rule : rules.awards()) {
            if (rule.rankFrom() != null && rank < rule.rankFrom()) {
                continue;
            }
            if (rule.rankTo() != null && rank > rule.rankTo()) {
                continue;
            }
            // N × from / 100 < r ≤ N × to / 100, compared as r × 100 against N × percent: exact
            if (rule.percentFrom() != null && r.movePointRight(2).compareTo(n.multiply(rule.percentFrom())) <= 0) {
                continue;
            }
            if (rule.percentTo() != null && r.movePointRight(2).compareTo(n.multiply(rule.percentTo())) > 0) {
                continue;
            }
            if (rule.minTotal() != null && total.compareTo(rule.minTotal()) < 0) {
                continue;
            }
            return rule.name();
        }
        return null;
    }

    private static BigDecimal moduleScore(CompetitorScore score, String module) {
        return score.module(module).map(ModuleScore::score).orElse(null);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()), WORKING_SCALE, RoundingMode.HALF_UP);
    }
}
