package org.biwu.competition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.biwu.api.Refusal;
import org.biwu.api.Text;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionInputs.AspectInput;
import org.biwu.competition.CompetitionInputs.AwardRuleInput;
import org.biwu.competition.CompetitionInputs.EventDefinition;
import org.biwu.competition.CompetitionInputs.ModuleInput;
import org.biwu.competition.CompetitionInputs.RoundInput;
import org.biwu.scoring.AspectEffect;
import org.biwu.scoring.AttemptCombination;
import org.biwu.scoring.MarkAggregation;

/**
 * Checks an event's definition (created or corrected) and turns it into a {@link Scheme} with every default
 * applied. Each problem is a {@link Refusal} naming its input field, e.g.
 * {@code rounds[0].modules[1].aspects[2].dropHighest}.
 */
final class SchemeValidator {

    /** An event's definition, checked, with every default applied. */
    record Checked(Scheme scheme, int teamSize, int scoreDecimals, ConflictPolicy conflictPolicy) {
    }

    /**
     * The definition checked.
     *
     * @throws org.biwu.api.DomainException with every problem, each naming its field
     */
    static Checked check(EventDefinition in) {
        SchemeValidator validator = new SchemeValidator();
        Scheme scheme = validator.scheme(in);
        int teamSize = validator.teamSize(in);
        int decimals = validator.scoreDecimals(in);
        if (!validator.errors.isEmpty()) {
            throw new org.biwu.api.DomainException(validator.errors);
        }
        return new Checked(scheme, teamSize, decimals, in.conflictPolicy() == null ? ConflictPolicy.BLOCK : in.conflictPolicy());
    }

    private final List<Refusal> errors = new ArrayList<>();

    static final int MAX_DECIMALS = 4;

    private void error(Text problem, Object... path) {
        errors.add(Refusal.of(UserErrorCode.INVALID, problem, path));
    }

    int teamSize(EventDefinition in) {
        if (in.format() == EventFormat.INDIVIDUAL) {
            if (in.teamSize() != null && in.teamSize() != 1) {
                error(m -> m.individualTeamSize(in.teamSize()), "teamSize");
            }
            return 1;
        }
        if (in.teamSize() == null || in.teamSize() < 2) {
            error(m -> m.teamSizeAtLeastTwo(), "teamSize");
            return 2;
        }
        return in.teamSize();
    }

    int scoreDecimals(EventDefinition in) {
        int decimals = in.scoreDecimals() == null ? 2 : in.scoreDecimals();
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            error(m -> m.between("0", String.valueOf(MAX_DECIMALS)), "scoreDecimals");
        }
        return decimals;
    }

    Scheme scheme(EventDefinition in) {
        if (in.name().isBlank()) {
            error(m -> m.mustNotBeBlank(), "name");
        }
        if (in.rounds().isEmpty()) {
            error(m -> m.needsRound(), "rounds");
        }
        List<Round> rounds = new ArrayList<>();
        Set<String> roundCodes = new HashSet<>();
        Set<String> moduleCodes = new HashSet<>();
        for (int r = 0; r < in.rounds().size(); r++) {
            RoundInput round = in.rounds().get(r);
            code(round.code(), roundCodes, true, "rounds", r, "code");
            List<String> includes = round.rankingIncludes() == null ? List.of() : round.rankingIncludes();
            for (int i = 0; i < includes.size(); i++) {
                String included = includes.get(i);
                if (rounds.stream().noneMatch(earlier -> earlier.code().equals(included))) {
                    error(m -> m.notAnEarlierRound(included), "rounds", r, "rankingIncludes", i);
                }
            }
            if (round.advancingCount() != null && round.advancingCount() < 1) {
                error(m -> m.advancingCount(), "rounds", r, "advancingCount");
            }
            if (round.modules().isEmpty()) {
                error(m -> m.needsModule(), "rounds", r, "modules");
            }
            Set<String> codesInRound = new HashSet<>();
            List<Module> modules = new ArrayList<>();
            for (int m = 0; m < round.modules().size(); m++) {
                modules.add(module(round.modules().get(m), codesInRound, r, m));
                moduleCodes.add(round.modules().get(m).code());
            }
            if (round.startsOn() != null && round.endsOn() != null && round.endsOn().isBefore(round.startsOn())) {
                error(m -> m.endsBeforeStart(round.endsOn().toString(), round.startsOn().toString()), "rounds", r, "endsOn");
            }
            rounds.add(new Round(round.code(), round.name(), r + 1, round.advancingCount(), List.copyOf(includes), modules,
                    round.startsOn(), round.endsOn(), null));
        }
        List<String> tieBreaks = in.tieBreakModules() == null ? List.of() : in.tieBreakModules();
        for (int t = 0; t < tieBreaks.size(); t++) {
            if (!moduleCodes.contains(tieBreaks.get(t))) {
                String module = tieBreaks.get(t);
                error(m -> m.notAModule(module), "tieBreakModules", t);
            }
        }
        List<AwardRule> awards = new ArrayList<>();
        List<AwardRuleInput> awardInputs = in.awards() == null ? List.of() : in.awards();
        for (int a = 0; a < awardInputs.size(); a++) {
            awards.add(award(awardInputs.get(a), a));
        }
        return new Scheme(rounds, awards, List.copyOf(tieBreaks));
    }

    private void code(String code, Set<String> seen, boolean round, Object... path) {
        if (code.isBlank()) {
            error(m -> m.mustNotBeBlank(), path);
        } else if (!seen.add(code)) {
            errors.add(Refusal.of(UserErrorCode.DUPLICATE, round ? m -> m.roundCodeTaken(code) : m -> m.codeTakenInRound(code), path));
        }
    }

    private Module module(ModuleInput in, Set<String> codesInRound, int r, int m) {
        code(in.code(), codesInRound, false, "rounds", r, "modules", m, "code");
        if (in.weight() < 0) {
            error(t -> t.notNegative(), "rounds", r, "modules", m, "weight");
        }
        if (in.passMark() != null && in.passMark() < 0) {
            error(t -> t.notNegative(), "rounds", r, "modules", m, "passMark");
        }
        if (in.aspects().isEmpty()) {
            error(t -> t.needsAspect(), "rounds", r, "modules", m, "aspects");
        }
        double base = in.baseScore() == null ? 0 : in.baseScore();
        if (base < 0) {
            error(t -> t.notNegative(), "rounds", r, "modules", m, "baseScore");
        }
        if (in.maxScore() != null && in.maxScore() <= 0) {
            error(t -> t.aboveZero(), "rounds", r, "modules", m, "maxScore");
        } else if (in.maxScore() != null && in.maxScore() < base) {
            error(t -> t.notBelowBaseScore(plain(base)), "rounds", r, "modules", m, "maxScore");
        }
        List<Aspect> aspects = new ArrayList<>();
        for (int a = 0; a < in.aspects().size(); a++) {
            aspects.add(aspect(in.aspects().get(a), codesInRound, "rounds", r, "modules", m, "aspects", a));
        }
        return new Module(in.code(), in.name(), in.weight(), in.passMark(), aspects, base, in.maxScore());
    }

    private Aspect aspect(AspectInput in, Set<String> codesInRound, Object... at) {
        code(in.code(), codesInRound, false, path(at, "code"));
        int dropHighest = in.dropHighest() == null ? 0 : in.dropHighest();
        int dropLowest = in.dropLowest() == null ? 0 : in.dropLowest();
        double scale = in.scaleFactor() == null ? 1 : in.scaleFactor();
        int attempts = in.attempts() == null ? 1 : in.attempts();
        AttemptCombination combination = in.attemptCombination() == null ? AttemptCombination.SUM : in.attemptCombination();
        if (in.maxMark() <= 0) {
            error(m -> m.aboveZero(), path(at, "maxMark"));
        }
        if (in.judges() < 1) {
            error(m -> m.needsMarks(), path(at, "judges"));
        }
        if (in.aggregation() == MarkAggregation.SINGLE && in.judges() != 1) {
            error(m -> m.singleTakesOne(in.judges()), path(at, "judges"));
        }
        boolean trims = in.aggregation() == MarkAggregation.TRIMMED_MEAN || in.aggregation() == MarkAggregation.TRIMMED_SUM;
        if (dropHighest < 0 || dropLowest < 0) {
            error(m -> m.notNegative(), path(at, dropHighest < 0 ? "dropHighest" : "dropLowest"));
        } else if (!trims && dropHighest + dropLowest > 0) {
            error(m -> m.onlyTrimmedDrops(), path(at, dropHighest > 0 ? "dropHighest" : "dropLowest"));
        } else if (trims && dropHighest + dropLowest >= in.judges()) {
            error(m -> m.dropsLeaveNone(dropHighest, dropLowest, in.judges()), path(at, "dropHighest"));
        }
        if (scale <= 0) {
            error(m -> m.aboveZero(), path(at, "scaleFactor"));
        }
        if (attempts < 1) {
            error(m -> m.atLeastOne(), path(at, "attempts"));
        }
        AspectEffect effect = in.effect() == null ? AspectEffect.ADD : in.effect();
        if (effect == AspectEffect.VETO && in.maxMark() != 1) {
            error(m -> m.vetoMaxMarkOne(), path(at, "maxMark"));
        }
        if (effect == AspectEffect.VETO && Boolean.TRUE.equals(in.difficulty())) {
            error(m -> m.vetoNoDifficulty(), path(at, "difficulty"));
        }
        if (in.maxSpread() != null && (in.maxSpread() < 0 || in.maxSpread().isNaN())) {
            error(m -> m.notNegative(), path(at, "maxSpread"));
        }
        return new Aspect(in.code(), in.name(), in.kind(), in.maxMark(), in.judges(), in.aggregation(), dropHighest,
                dropLowest, scale, attempts, combination,
                Boolean.TRUE.equals(in.difficulty()), effect, in.maxSpread());
    }

    private AwardRule award(AwardRuleInput in, int a) {
        if (in.name().isBlank()) {
            error(m -> m.mustNotBeBlank(), "awards", a, "name");
        }
        if (in.rankFrom() != null && in.rankFrom() < 1) {
            error(m -> m.ranksStartAtOne(), "awards", a, "rankFrom");
        }
        if (in.rankFrom() != null && in.rankTo() != null && in.rankTo() < in.rankFrom()) {
            error(m -> m.notBelowRankFrom(in.rankFrom()), "awards", a, "rankTo");
        }
        percent(in.percentFrom(), "awards", a, "percentFrom");
        percent(in.percentTo(), "awards", a, "percentTo");
        if (in.percentFrom() != null && in.percentTo() != null && in.percentTo() <= in.percentFrom()) {
            error(m -> m.aboveFromPercent(plain(in.percentFrom())), "awards", a, "percentTo");
        }
        if (in.rankFrom() == null && in.rankTo() == null && in.percentFrom() == null && in.percentTo() == null
                && in.minTotal() == null) {
            error(m -> m.awardNeedsBand(), "awards", a);
        }
        return new AwardRule(in.name(), in.rankFrom(), in.rankTo(), in.percentFrom(), in.percentTo(), in.minTotal());
    }

    private void percent(Double value, Object... path) {
        if (value != null && (value < 0 || value > 100)) {
            error(m -> m.percentRange(), path);
        }
    }

    /** 30.0 as 30, 0.5 as 0.5. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Object[] path(Object[] at, String field) {
        Object[] path = java.util.Arrays.copyOf(at, at.length + 1);
        path[at.length] = field;
        return path;
    }
}
