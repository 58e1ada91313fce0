package org.biwu.registration;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.LimitedInput;
import org.biwu.api.PageInfo;
import org.biwu.api.Payloads;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.history.ChangeHistory;
import org.biwu.history.RecordChange;
import org.biwu.registration.RegistrationInputs.RegisterCompetitorsInput;
import org.biwu.registration.RegistrationInputs.RegistrationPayload;
import org.biwu.registration.RegistrationInputs.RegistrationsPayload;
import org.biwu.registration.RegistrationInputs.UpdateRegistrationInput;
import org.biwu.security.Access;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/**
 * The registrations part of the API: registering competitors, correcting, withdrawing,
 * disqualifying and reinstating a registration, and an event's registrations page by page with
 * each registration's history and status reason for those who may read them.
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class RegistrationGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    CompetitorRegistration registering;

    @Inject
    Registrations registrations;

    @Inject
    EventCatalog events;

    @Inject
    RegistrationCorrections corrections;

    @Inject
    ChangeHistory history;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;


    @Inject
    PersonRecords nationalIds;

    @Type("RegistrationEdge")
    public record RegistrationEdge(@NonNull String cursor, @NonNull Registration node) {
    }

    @Type("RegistrationConnection")
    public record RegistrationConnection(@NonNull List<@NonNull RegistrationEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
    }

    @Mutation("registerCompetitors")
    @Description("Registers every competitor given, or none (all problems are returned, each naming its field). Organizers.")
    public Uni<@NonNull RegistrationsPayload> registerCompetitors(@NonNull RegisterCompetitorsInput input) {
        return payloads.of(() -> registering.register(input)
                .map(list -> new RegistrationsPayload(list, List.of())), RegistrationsPayload::refused);
    }

    @Mutation("updateRegistration")
    @Description("Corrects a registration: name, unit, bib, team, skill level and category as registered, login, team "
            + "members (UpdateRegistrationInput says what may change). Organizers, until results are published.")
    public Uni<@NonNull RegistrationPayload> updateRegistration(@NonNull UpdateRegistrationInput input) {
        return payloads.of(() -> corrections.update(input).map(RegistrationPayload::of),
                RegistrationPayload::refused);
    }

    @Mutation("withdrawRegistration")
    @Description("退赛: the registration stays on the roster as WITHDRAWN, without rank, award or promotion. Organizers, "
            + "until scoring is closed; undone by reinstateRegistration. Kept in the competition's history.")
    public Uni<@NonNull RegistrationPayload> withdrawRegistration(@NonNull @Id String id,
                                                                  @Description("Why, e.g. 因伤退赛.") String reason) {
        return payloads.of(() -> corrections.withdraw(id, reason).map(RegistrationPayload::of),
                RegistrationPayload::refused);
    }

    @Mutation("disqualifyRegistration")
    @Description("取消资格: the registration becomes DISQUALIFIED, without rank, award or promotion, for the reason given "
            + "(required). Organizers, until the results are final; undone by reinstateRegistration. Kept in the competition's history.")
    public Uni<@NonNull RegistrationPayload> disqualifyRegistration(@NonNull @Id String id, @NonNull String reason) {
        return payloads.of(() -> corrections.disqualify(id, reason).map(RegistrationPayload::of),
                RegistrationPayload::refused);
    }

    @Mutation("reinstateRegistration")
    @Description("A withdrawn registration (until scoring is closed) or a disqualified one (until the results are final) "
            + "takes part again, in the status it had before (PENDING or APPROVED). Organizers. Kept in the competition's history.")
    public Uni<@NonNull RegistrationPayload> reinstateRegistration(@NonNull @Id String id) {
        return payloads.of(() -> corrections.reinstate(id).map(RegistrationPayload::of),
                RegistrationPayload::refused);
    }

    @Description("Why the registration was withdrawn or disqualified; null otherwise. For organizers and the "
            + "registration's own members (by login); null for others (a withdrawal's reason may be private).")
    public Uni<String> statusReason(@Source Registration registration) {
        boolean own = !access.isAnonymous() && registration.members.stream().anyMatch(p -> access.username().equals(p.username()));
        return own ? Uni.createFrom().item(registration.statusReason())
                : organizes(registration).map(yes -> yes ? registration.statusReason() : null);
    }

    @Description("Every correction of this registration, newest first. Its competition's organizers; empty for others.")
    public Uni<@NonNull List<@NonNull RecordChange>> history(@Source Registration registration) {
        return organizes(registration).chain(yes -> yes ? history.of("Registration", registration.number()) : Uni.createFrom().item(List.of()));
    }

    /** True when the caller organizes the registration's competition. */
    private Uni<Boolean> organizes(Registration registration) {
        return events.find(registration.eventNumber()).chain(e -> e == null ? Uni.createFrom().item(false)
                : competitions.organizes(e.competitionNumber()));
    }

    @Description("The national id number masked (first 3 and last 4 characters shown); null when none was given, and for "
            + "callers other than the person, HR of their employer or above, and organizers of a competition they registered in.")
    public Uni<List<String>> nationalIdMasked(@Source List<org.biwu.people.Person> persons) {
        return nationalIds.masked(persons);
    }

    @Description("Registrations in registration order, 50 a page (at most 1000).")
    public Uni<@NonNull RegistrationConnection> registrations(@Source Event event, Integer first, String after) {
        return registrations.page(event.number(), first, after).map(page -> new RegistrationConnection(
                page.registrations().stream().map(r -> new RegistrationEdge(r.getId(), r)).toList(), page.pageInfo(),
                page.totalCount()));
    }

    @Description("The person's registrations, newest first: all for the person (by login) and HR of their employer or above; "
            + "those of competitions they organize for organizers; empty for others.")
    public Uni<@NonNull List<@NonNull Registration>> registrations(@Source org.biwu.people.Person person) {
        return registrations.ofPerson(person);
    }

    public Uni<@NonNull Event> event(@Source Registration registration) {
        return events.find(registration.eventNumber());
    }
}
