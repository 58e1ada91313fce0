package org.biwu.competition;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A stage with its own standings: 预赛/初赛, 复赛, 决赛; a diving prelim, semi or final; a labor-contest period. */
@Description("A stage with its own standings: 预赛/初赛, 复赛, 决赛; a diving prelim, semi or final; a labor-contest period.")
public record Round(
        @NonNull String code,
        @NonNull String name,
        @Description("Order of the round in the event, from 1.") int sequence,
        @Description("How many competitors advance to the next round, by rank; null means all.") Integer advancingCount,
        @Description("Codes of earlier rounds whose totals are added to this round's total for ranking.")
        @NonNull List<@NonNull String> rankingIncludes,
        @NonNull List<@NonNull Module> modules) {
}
