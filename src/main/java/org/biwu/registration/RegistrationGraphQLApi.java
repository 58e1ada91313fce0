package org.biwu.registration;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.PageInfo;
import org.biwu.api.Payloads;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.registration.RegistrationInputs.RegisterCompetitorsInput;
import org.biwu.registration.RegistrationInputs.RegistrationsPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@Authenticated
public class RegistrationGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    RegistrationService registrations;

    @Inject
    EventCatalog events;

    @Type("RegistrationEdge")
    public record RegistrationEdge(@NonNull String cursor, @NonNull Registration node) {
    }

    @Type("RegistrationConnection")
    public record RegistrationConnection(@NonNull List<@NonNull RegistrationEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
    }

    @Mutation("registerCompetitors")
    @Description("Registers every competitor given, or none (all problems are returned, each naming its field). Organizers.")
    public Uni<@NonNull RegistrationsPayload> registerCompetitors(@NonNull RegisterCompetitorsInput input) {
        return payloads.of(Uni.createFrom().deferred(() -> registrations.register(input))
                .map(list -> new RegistrationsPayload(list, List.of())), RegistrationsPayload::refused);
    }

    @Description("Registrations in registration order, 50 a page (at most 1000).")
    public Uni<@NonNull RegistrationConnection> registrations(@Source Event event, Integer first, String after) {
        return registrations.page(event.number(), first, after).map(page -> new RegistrationConnection(
                page.registrations().stream().map(r -> new RegistrationEdge(r.getId(), r)).toList(), page.pageInfo(),
                page.totalCount()));
    }

    @Description("The person's registrations, newest first: visible to the person (by login), organizers and HR; empty for others.")
    public Uni<@NonNull List<@NonNull Registration>> registrations(@Source org.biwu.people.Person person) {
        return registrations.ofPerson(person.number(), person.username());
    }

    public Uni<@NonNull Event> event(@Source Registration registration) {
        return events.find(registration.eventNumber());
    }
}
