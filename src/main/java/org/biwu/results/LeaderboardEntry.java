package org.biwu.results;

import java.util.List;
import org.biwu.registration.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One line of a round's standings, in points. */
@Type("LeaderboardEntry")
public record LeaderboardEntry(
        @Description("Standard competition ranking (1, 2, 2, 4) by ranking total, after the event's tie-breaks.") Integer rank,
        @NonNull Registration registration,
        @Description("Ranking total: this round plus carried-over rounds, in points.") Double total,
        @Description("This round alone, in points.") Double roundTotal,
        @NonNull List<@NonNull ModuleScore> modules,
        @Description("Every expected mark of this round is in.") boolean complete,
        boolean advanced,
        @Description("Name of the award rule this entry meets, if any (金牌, 一等奖, 优胜奖, Medallion …).") String award,
        @Description("一票否决: a VETO aspect was triggered in this round or in one its ranking includes; no rank, no award, no banner.")
        boolean vetoed,
        @Description("The veto aspects that were triggered, as 'ROUND/ASPECT' codes.") @NonNull List<@NonNull String> vetoReasons) {
}
