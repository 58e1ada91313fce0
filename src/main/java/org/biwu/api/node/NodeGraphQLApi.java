package org.biwu.api.node;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.DomainException;
import org.biwu.api.LimitedInput;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.certificates.Certificates;
import org.biwu.changes.Change;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.organizations.OrganizationService;
import org.biwu.promotion.PromotionOutcome;
import org.biwu.promotion.PromotionOutcomes;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The API's node(id) query: any record by its global id (Type:number), if the caller may see it; and the node a change of the partners' feed is about. */
@GraphQLApi
@LimitedInput
@Authenticated
public class NodeGraphQLApi {

    @Inject
    CompetitionService competitions;

    @Inject
    Registrations registrations;

    @Inject
    OrganizationService organizations;

    @Inject
    PromotionOutcomes outcomes;

    @Inject
    Certificates certificates;

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

    @NonNull
    @Description("The competition, outcome or certificate the change is about.")
    public Uni<List<@NonNull Node>> node(@Source List<Change> changes) {
        List<Long> competitionNumbers = changes.stream().filter(c -> c.nodeType().equals("Competition")).map(Change::nodeNumber).distinct().toList();
        List<Long> outcomeNumbers = changes.stream().filter(c -> c.nodeType().equals("PromotionOutcome")).map(Change::nodeNumber).distinct().toList();
        Uni<Map<Long, Competition>> found = Uni.createFrom().item(new java.util.HashMap<>());
        for (Long number : competitionNumbers) {
            found = found.call(map -> competitions.find(number).invoke(c -> map.put(number, c)));
        }
        List<Long> certificateNumbers = changes.stream().filter(c -> c.nodeType().equals("Certificate")).map(Change::nodeNumber).distinct().toList();
        return found.chain(comps -> outcomes.ofChanges(outcomeNumbers).chain((Map<Long, PromotionOutcome> outs) -> certificates
                .ofChanges(certificateNumbers).map(certs -> changes.stream().map(c -> switch (c.nodeType()) {
                    case "Competition" -> (Node) comps.get(c.nodeNumber());
                    case "PromotionOutcome" -> outs.get(c.nodeNumber());
                    default -> certs.get(c.nodeNumber());
                }).toList())));
    }
}
