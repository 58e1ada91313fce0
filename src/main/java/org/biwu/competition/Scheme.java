package org.biwu.competition;

import java.math.BigDecimal;
import java.util.List;
import org.biwu.scoring.AspectRule;
import org.biwu.scoring.EventRules;
import org.biwu.scoring.ModuleRule;
import org.biwu.scoring.RoundRule;

/**
 * An event's marking scheme as stored (JSON in {@code event.scheme}): rounds in order, the award
 * rules of the last round and the tie-break modules.
 */
public record Scheme(List<Round> rounds, List<AwardRule> awards, List<String> tieBreakModules) {

    /** The scheme as the scoring engine reads it. Decimals come from the published doubles' shortest form (0.3 is 0.3). */
    public EventRules toRules(int scoreDecimals) {
        List<RoundRule> roundRules = rounds.stream().map(r -> new RoundRule(r.code(), r.sequence(), r.advancingCount(),
                r.rankingIncludes(), r.modules().stream().map(m -> new ModuleRule(m.code(), decimal(m.weight()),
                        decimalOrNull(m.passMark()),
                        m.aspects().stream().map(a -> new AspectRule(a.code(), decimal(a.maxMark()), a.judges(),
                                a.aggregation(), a.dropHighest(), a.dropLowest(), decimal(a.scaleFactor()), a.attempts(),
                                a.attemptCombination(), a.effect())).toList(),
                        decimal(m.baseScore()), decimalOrNull(m.maxScore()))).toList())).toList();
        List<org.biwu.scoring.AwardRule> awardRules = awards.stream().map(a -> new org.biwu.scoring.AwardRule(a.name(),
                a.rankFrom(), a.rankTo(), decimalOrNull(a.percentFrom()), decimalOrNull(a.percentTo()),
                decimalOrNull(a.minTotal()))).toList();
        return new EventRules(scoreDecimals, tieBreakModules, roundRules, awardRules);
    }

    public static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal decimalOrNull(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
