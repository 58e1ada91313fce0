package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An award of the last round, as the organizer defined it; entries get the first rule they meet. */
@Description("An award of the last round (金牌, 一等奖, 优胜奖, Medallion); an entry gets the first rule it meets, in order.")
public record AwardRule(
        @NonNull String name,
        Integer rankFrom,
        Integer rankTo,
        @Description("Percent band of ranked entries: rank r of N qualifies when N*percentFrom/100 < r <= N*percentTo/100.")
        Double percentFrom,
        Double percentTo,
        @Description("Smallest ranking total, in points.") Double minTotal) {
}
