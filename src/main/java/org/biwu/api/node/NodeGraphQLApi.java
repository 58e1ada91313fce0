package org.biwu.api.node;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.competition.CompetitionService;
import org.biwu.organizations.OrganizationService;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The API's node(id) query: any record by its global id (Type:number), if the caller may see it. */
@GraphQLApi
@Authenticated
public class NodeGraphQLApi {

    @Inject
    CompetitionService competitions;

    @Inject
    Registrations registrations;

    @Inject
    OrganizationService organizations;

    @Query("node")
    @Description("The object with this global id, if the caller may see it: Competition, Event, Registration or Organization.")
    public Uni<Node> node(@NonNull @Id String id) {
        String type = NodeId.typeOf(id);
        if (type == null) {
            return Uni.createFrom().nullItem();
        }
        try {
            return switch (type) {
                case "Competition" -> competitions.find(id).map(c -> c);
                case "Event" -> competitions.visibleEvent(NodeId.parse("Event", id)).map(e -> e);
                case "Registration" -> {
                    long number = NodeId.parse("Registration", id);
                    yield registrations.byNumbers(List.of(number)).map(regs -> regs.get(number))
                            .chain(r -> r == null ? Uni.createFrom().nullItem()
                                    : competitions.visibleEvent(r.eventNumber()).map(e -> e == null ? null : r));
                }
                case "Organization" -> organizations.find(id).map(o -> o);
                default -> Uni.createFrom().nullItem();
            };
        } catch (DomainException malformed) {
            return Uni.createFrom().nullItem();
        }
    }
}
