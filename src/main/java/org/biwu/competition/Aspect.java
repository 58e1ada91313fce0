package org.biwu.competition;

import org.biwu.scoring.AspectEffect;
import org.biwu.scoring.AttemptCombination;
import org.biwu.scoring.MarkAggregation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** 评分项: one line of the marking scheme (stored in the event's scheme and published as is). */
@Description("""
        评分项: one line of the marking scheme.
        Score of one attempt = aggregation(marks, after drops) x difficulty (1 when none) x scaleFactor,
        rounded half-up to the event's scoreDecimals. Aspect score = attemptCombination over attempts.
        Module score = baseScore + ADD aspect scores - DEDUCT aspect scores, within 0 and maxScore (VETO aspects add nothing).
        Round total = sum of weight x module score.
        Ranking total = round total + totals of the rounds in rankingIncludes. All arithmetic is exact decimal.""")
public record Aspect(
        @NonNull String code,
        @NonNull String name,
        @NonNull AspectKind kind,
        @Description("Largest value one mark may take, in points.") double maxMark,
        @Description("Marks expected per attempt; an attempt is complete when they are all in.") int judges,
        @NonNull MarkAggregation aggregation,
        int dropHighest,
        int dropLowest,
        double scaleFactor,
        int attempts,
        @NonNull AttemptCombination attemptCombination,
        @Description("Each attempt carries a difficulty coefficient (难度系数, e.g. a dive's DD) that its marks give; "
                + "marks of an aspect without one must not give a difficulty.") boolean difficulty,
        @NonNull AspectEffect effect,
        @Description("""
                Largest allowed difference, in points, between the highest and lowest mark of one attempt (WorldSkills: \
                judgement marks further apart are discussed); null: no check. A wider attempt is listed in Event.spreadWarnings; \
                its marks are stored and count.""") Double maxSpread) {

    /** An aspect stored before effects existed is added. */
    public Aspect {
        effect = effect == null ? AspectEffect.ADD : effect;
    }
}
