package org.biwu.changes;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.Node;
import org.biwu.changes.ChangeFeed.ChangeConnection;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.promotion.PromotionOutcome;
import org.biwu.promotion.PromotionOutcomes;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The partners' change feed in the API: changes(after, first) and each change's node. */
@GraphQLApi
@Authenticated
public class ChangesGraphQLApi {

    @Inject
    ChangeFeed feed;

    @Inject
    CompetitionService competitions;

    @Inject
    PromotionOutcomes outcomes;

    @Query("changes")
    @Description("Changes after the cursor that the caller may see (a PARTNER: its organizations' competitions and people), "
            + "oldest first, in commit order: `first` of them (100 when absent, at most 500, LIMIT_EXCEEDED above). Keep the "
            + "page's endCursor and ask again with it: a change that commits later comes after it, none is skipped or repeated.")
    public Uni<@NonNull ChangeConnection> changes(String after, Integer first) {
        return feed.page(after, first);
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
        return found.chain(comps -> outcomes.ofChanges(outcomeNumbers).map((Map<Long, PromotionOutcome> outs) -> changes.stream()
                .map(c -> c.nodeType().equals("Competition") ? (Node) comps.get(c.nodeNumber()) : outs.get(c.nodeNumber())).toList()));
    }
}
