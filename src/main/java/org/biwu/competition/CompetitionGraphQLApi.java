package org.biwu.competition;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.LimitedInput;
import org.biwu.api.NodeId;
import org.biwu.api.Payloads;
import org.biwu.competition.CompetitionInputs.CreateCompetitionInput;
import org.biwu.competition.CompetitionInputs.CreateEventInput;
import org.biwu.competition.CompetitionInputs.ReviewCompetitionInput;
import org.biwu.competition.CompetitionInputs.UpdateCompetitionInput;
import org.biwu.competition.CompetitionInputs.UpdateEventInput;
import org.biwu.competition.CompetitionPayloads.CompetitionPayload;
import org.biwu.competition.CompetitionPayloads.EventPayload;
import org.biwu.history.ChangeHistory;
import org.biwu.history.RecordChange;
import org.biwu.organizations.Organization;
import org.biwu.organizations.OrganizationService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/**
 * The competitions part of the API: competitions and events as queries, and their set-up and
 * corrections as mutations (createCompetition, updateCompetition, setCompetitionStatus,
 * createEvent, updateEvent), each answering with a payload and userErrors.
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class CompetitionGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    ChangeHistory history;

    @Inject
    OrganizationService organizations;

    @Inject
    CompetitionApprovals approvals;

    @Type("CompetitionEdge")
    public record CompetitionEdge(@NonNull String cursor, @NonNull Competition node) {
    }

    @Type("CompetitionConnection")
    public record CompetitionConnection(@NonNull List<@NonNull CompetitionEdge> edges, @NonNull org.biwu.api.PageInfo pageInfo,
                                        int totalCount) {
    }

    @Query("competitions")
    @Description("Competitions, newest first, 20 a page (at most 100); DRAFT ones only for their organizers (ORGANIZER of the organization running them or above); for a partner system only those of its organizations.")
    public Uni<@NonNull CompetitionConnection> competitions(Integer first, String after, CompetitionKind kind, CompetitionStatus status) {
        return competitions.list(first, after, kind, status, null).map(CompetitionGraphQLApi::connection);
    }

    private static CompetitionConnection connection(CompetitionService.Page page) {
        return new CompetitionConnection(page.competitions().stream().map(c -> new CompetitionEdge(c.getId(), c)).toList(),
                page.pageInfo(), page.totalCount());
    }

    @Description("Competitions this organization or one below it runs, newest first, 20 a page (at most 100); "
            + "DRAFT ones only for their organizers.")
    public Uni<@NonNull CompetitionConnection> competitions(@Source Organization organization, Integer first, String after) {
        return competitions.list(first, after, null, null, organization.path()).map(CompetitionGraphQLApi::connection);
    }

    @Description("The organization that runs it (主办单位); its organizers and those above manage the competition.")
    public Uni<@NonNull List<@NonNull Organization>> organization(@Source List<Competition> list) {
        return organizations.inOrder(list.stream().<Long>map(Competition::organizationNumber).toList());
    }

    @Description("Its declaration and review (申报, 审核推荐, 纳入管理): NOT_DECLARED for a skill competition.")
    public Uni<@NonNull List<@NonNull CompetitionApproval>> approval(@Source List<Competition> list) {
        return approvals.of(list);
    }

    @Query("reviewInbox")
    @Description("Declared labor competitions waiting for review where the caller is ORGANIZER (of that organization or above), "
            + "oldest first, at most 100; empty for everyone else.")
    public Uni<@NonNull List<@NonNull Competition>> reviewInbox() {
        return approvals.inbox();
    }

    @Query("competition")
    public Uni<Competition> competition(@NonNull @Id String id) {
        return competitions.find(id);
    }

    @Query("event")
    public Uni<Event> event(@NonNull @Id String id) {
        return competitions.visibleEvent(NodeId.parse("Event", id, "id"));
    }

    public Uni<@NonNull List<@NonNull Event>> events(@Source Competition competition) {
        return events.ofCompetition(competition.number());
    }

    public Uni<@NonNull Competition> competition(@Source Event event) {
        return competitions.find(event.competitionNumber());
    }

    @Description("Every correction of the competition and of what belongs to it (events, registrations, the panels), "
            + "newest first: who changed what, when and why. Its organizers; empty for others.")
    public Uni<@NonNull List<@NonNull RecordChange>> history(@Source Competition competition) {
        return competitions.organizes(competition.number())
                .chain(yes -> yes ? history.ofCompetition(competition.number()) : Uni.createFrom().item(List.of()));
    }

    @Mutation("createCompetition")
    public Uni<@NonNull CompetitionPayload> createCompetition(@NonNull CreateCompetitionInput input) {
        return payloads.of(() -> competitions.create(input).map(CompetitionPayload::of),
                CompetitionPayload::refused);
    }

    @Mutation("updateCompetition")
    @Description("Corrects a competition's name, kind, level, organizer and dates (UpdateCompetitionInput says until when). Organizers.")
    public Uni<@NonNull CompetitionPayload> updateCompetition(@NonNull UpdateCompetitionInput input) {
        return payloads.of(() -> competitions.update(input).map(CompetitionPayload::of),
                CompetitionPayload::refused);
    }

    @Mutation("declareCompetition")
    @Description("""
            Declares a LABOR competition (DRAFT, NOT_DECLARED or RETURNED) to the parent of its organization.
            ORGANIZER of its organization. A LABOR competition leaves DRAFT only once APPROVED. A competition of a root
            organization (nobody above) is approved at its own level. While DECLARED and once APPROVED its plan (events,
            indicators, periods, awards) is fixed. INVALID for a skill competition; WRONG_STATE when not a draft or already
            declared or approved.""")
    public Uni<@NonNull CompetitionPayload> declareCompetition(@NonNull @Id String id) {
        return payloads.of(() -> approvals.declare(id).map(CompetitionPayload::of), CompetitionPayload::refused);
    }

    @Mutation("reviewCompetition")
    @Description("""
            ORGANIZER of the organization where the declaration waits (or above). APPROVE takes it into management there,
            RECOMMEND passes it to that organization's parent (INVALID at a root), RETURN sends it back with the note
            (required). WRONG_STATE when nothing waits for review. Each decision is kept in approval.reviews and the history.""")
    public Uni<@NonNull CompetitionPayload> reviewCompetition(@NonNull ReviewCompetitionInput input) {
        return payloads.of(() -> approvals.review(input).map(CompetitionPayload::of), CompetitionPayload::refused);
    }

    @Mutation("createEvent")
    public Uni<@NonNull EventPayload> createEvent(@NonNull CreateEventInput input) {
        return payloads.of(() -> competitions.createEvent(input).map(EventPayload::of),
                EventPayload::refused);
    }

    @Mutation("updateEvent")
    @Description("Corrects an event and its marking scheme: rounds, modules and aspects are added, removed or changed by "
            + "sending the event as it should be (UpdateEventInput says what may change until when). The standings follow. Organizers.")
    public Uni<@NonNull EventPayload> updateEvent(@NonNull UpdateEventInput input) {
        return payloads.of(() -> competitions.updateEvent(input).map(EventPayload::of),
                EventPayload::refused);
    }
}
