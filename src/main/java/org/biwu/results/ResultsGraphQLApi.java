package org.biwu.results;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.LimitedInput;
import org.biwu.api.NodeId;
import org.biwu.api.Payloads;
import org.biwu.competition.CompetitionPayloads.CompetitionPayload;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.ResultsVisibility;
import org.biwu.competition.Round;
import org.biwu.organizations.Organization;
import org.biwu.registration.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The results part of the API: an event's leaderboard per round, a registration's standing, and
 * the leaderboardChanged subscription, each as the competition's results visibility lets the caller
 * see; and setResultsVisibility, which sets that visibility (organizers).
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class ResultsGraphQLApi {

    @Inject
    ResultsService results;

    @Inject
    CompetitionService competitions;

    @Inject
    org.biwu.competition.EventCatalog events;

    @Inject
    ResultsVisibilityService visibilities;

    @Inject
    Payloads payloads;

    @Inject
    StatusMoves moves;

    @Inject
    LaborStatisticsService laborStatistics;

    @Mutation("setCompetitionStatus")
    @Description("Statuses move forward in the order of CompetitionStatus, one or more steps at a time; a move back is refused with "
            + "WRONG_STATE, and so is a LABOR competition leaving DRAFT before its approval is APPROVED. Closing scoring locks "
            + "every module's marks; moving past PUBLISHED publishes with a notice period of 0 days (publishResults sets one) "
            + "and keeps each event's final awards; FINAL is refused while the notice period runs or an appeal is OPEN.")
    public Uni<@NonNull CompetitionPayload> setCompetitionStatus(@NonNull @Id String id, @NonNull CompetitionStatus status) {
        return payloads.of(() -> moves.setStatus(id, status).map(CompetitionPayload::of), CompetitionPayload::refused);
    }

    @Mutation("setResultsVisibility")
    @Description("FROZEN keeps what outsiders see as the standings were at this moment; LIVE thaws.")
    public Uni<@NonNull CompetitionPayload> setResultsVisibility(@NonNull @Id String id, @NonNull ResultsVisibility visibility) {
        return payloads.of(() -> visibilities.set(id, visibility).map(CompetitionPayload::of),
                CompetitionPayload::refused);
    }

    @Description("Standings of one round; the last round when `round` is null.")
    public Uni<@NonNull Leaderboard> leaderboard(@Source Event event, String round) {
        return results.leaderboard(event, round);
    }

    @Description("This registration's line in the standings of a round (the last when `round` is null), as the caller may see them.")
    public Uni<LeaderboardEntry> standing(@Source Registration registration, String round) {
        return events.find(registration.eventNumber()).chain(event -> results.leaderboard(event, round))
                .map(board -> board.entries().stream().filter(e -> e.registration().number() == registration.number())
                        .findFirst().orElse(null));
    }

    @Description("""
            流动红旗: the registrations with the highest round total of this period alone (roundTotal, not the
            cumulative ranking total) among those ranked in this round (complete, not vetoed); several when equal;
            empty for skill events and before any entry is ranked. As the caller may see the round's leaderboard.""")
    public Uni<@NonNull List<@NonNull Registration>> bannerHolders(@Source Round round) {
        return events.find(round.eventNumber()).chain(event -> results.bannerHolders(event, round.code()));
    }

    @Description("Labor competitions of this organization and everything below it that started in `year`: competitions, units, "
            + "worker participations (参赛职工人次) and commended units.")
    public Uni<@NonNull LaborStatistics> laborStatistics(@Source Organization organization, int year) {
        return laborStatistics.of(organization, year);
    }

    @Subscription("leaderboardChanged")
    @Description("Emits the round's leaderboard as it is on subscribing, then the new one each time its version grows "
            + "(the last round when `round` is null). "
            + "The bearer token comes in the connection_init payload: {\"Authorization\": \"Bearer …\"}.")
    public Multi<@NonNull Leaderboard> leaderboardChanged(@NonNull @Id String eventId, String round) {
        long number;
        try {
            number = NodeId.parse("Event", eventId, "eventId");
        } catch (DomainException e) {
            return Multi.createFrom().failure(new IllegalArgumentException(e.getMessage()));
        }
        return competitions.visibleEvent(number).onItem().transformToMulti(event -> event == null
                ? Multi.createFrom().failure(new IllegalArgumentException("no event " + eventId))
                : results.changes(event, round));
    }
}
