package org.biwu.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine needs to know of an event's marking scheme.
 *
 * @param scoreDecimals   decimals of attempt, aspect, module and round scores (rounded half-up)
 * @param tieBreakModules module codes compared in order, higher score first, to separate equal totals
 * @param rounds          the event's rounds, any order (their sequence orders them)
 * @param awards          award rules of the last round, tried in order; the first met applies
 */
public record EventRules(int scoreDecimals, List<String> tieBreakModules, List<RoundRule> rounds, List<AwardRule> awards) {

    public EventRules {
        tieBreakModules = List.copyOf(tieBreakModules);
        rounds = rounds.stream().sorted(Comparator.comparingInt(RoundRule::sequence)).toList();
        awards = List.copyOf(awards);
    }

    public Optional<RoundRule> round(String code) {
        return rounds.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public RoundRule roundOrThrow(String code) {
        return round(code).orElseThrow(() -> new IllegalArgumentException("no round " + code));
    }

    /** The round played last. */
    public RoundRule lastRound() {
        return rounds.get(rounds.size() - 1);
    }

    /** True when a round follows {@code round}. */
    public boolean hasRoundAfter(RoundRule round) {
        return rounds.stream().anyMatch(r -> r.sequence() > round.sequence());
    }

    public static EventRules of(int scoreDecimals, RoundRule... rounds) {
        return new EventRules(scoreDecimals, List.of(), List.of(rounds), List.of());
    }

    public EventRules withAwards(AwardRule... rules) {
        return new EventRules(scoreDecimals, tieBreakModules, rounds, List.of(rules));
    }

    public EventRules withTieBreaks(String... moduleCodes) {
        return new EventRules(scoreDecimals, List.of(moduleCodes), rounds, awards);
    }
}
