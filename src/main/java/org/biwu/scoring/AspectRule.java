package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 评分项: one line of a marking scheme, as the scoring engine needs it.
 *
 * @param code               unique within the round
 * @param maxMark            largest value one mark may take (points)
 * @param judges             marks expected per attempt; an attempt is complete when all are in
 * @param aggregation        how one attempt's marks combine
 * @param dropHighest        marks dropped from the top (TRIMMED_MEAN, TRIMMED_SUM only)
 * @param dropLowest         marks dropped from the bottom (TRIMMED_MEAN, TRIMMED_SUM only)
 * @param scaleFactor        multiplier of every attempt score (WorldSkills judgement: aspect maximum / 3)
 * @param attempts           attempts per competitor (dives, runs); 1 for most aspects
 * @param attemptCombination how attempt scores combine into the aspect score
 * @param effect             how the aspect score counts in its module: added, deducted, or a veto
 */
public record AspectRule(String code, BigDecimal maxMark, int judges, MarkAggregation aggregation,
                         int dropHighest, int dropLowest, BigDecimal scaleFactor, int attempts,
                         AttemptCombination attemptCombination, AspectEffect effect) {

    public AspectRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(maxMark, "maxMark");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(scaleFactor, "scaleFactor");
        Objects.requireNonNull(attemptCombination, "attemptCombination");
        Objects.requireNonNull(effect, "effect");
    }

    /** An aspect of {@code judges} marks per attempt, one attempt, no drops, scale 1. */
    public static AspectRule of(String code, String maxMark, int judges, MarkAggregation aggregation) {
        return new AspectRule(code, new BigDecimal(maxMark), judges, aggregation, 0, 0, BigDecimal.ONE, 1,
                AttemptCombination.SUM, AspectEffect.ADD);
    }

    public AspectRule dropping(int highest, int lowest) {
        return new AspectRule(code, maxMark, judges, aggregation, highest, lowest, scaleFactor, attempts, attemptCombination, effect);
    }

    public AspectRule scaledBy(String factor) {
        return new AspectRule(code, maxMark, judges, aggregation, dropHighest, dropLowest, new BigDecimal(factor),
                attempts, attemptCombination, effect);
    }

    public AspectRule withAttempts(int count, AttemptCombination combination) {
        return new AspectRule(code, maxMark, judges, aggregation, dropHighest, dropLowest, scaleFactor, count, combination, effect);
    }

    /** This aspect deducted from its module (扣分项) or vetoing the registration (一票否决) instead of added. */
    public AspectRule withEffect(AspectEffect counted) {
        return new AspectRule(code, maxMark, judges, aggregation, dropHighest, dropLowest, scaleFactor, attempts,
                attemptCombination, counted);
    }

    /** True for the aggregations that drop marks. */
    public boolean trims() {
        return aggregation == MarkAggregation.TRIMMED_MEAN || aggregation == MarkAggregation.TRIMMED_SUM;
    }
}
