package org.biwu.results;

import java.util.List;
import org.biwu.competition.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A round's standings as the caller may see them (see {@link ResultsService} for who sees what). */
@Type("Leaderboard")
@Description("A round's standings as the caller may see them: the panel and organizers always live; others per the competition's resultsVisibility until it is PUBLISHED.")
public record Leaderboard(
        @NonNull Event event,
        @NonNull String round,
        @Description("Grows by one each time a change of marks changes this round's standings.") int version,
        @Description("True when these are the standings kept when results were FROZEN.") boolean frozen,
        @NonNull List<@NonNull LeaderboardEntry> entries) {
}
