package org.biwu.changes;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.biwu.api.LimitedInput;
import org.biwu.changes.ChangeFeed.ChangeConnection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The partners' change feed in the API: changes(after, first); each change's node comes from NodeGraphQLApi. */
@GraphQLApi
@LimitedInput
@Authenticated
public class ChangesGraphQLApi {

    @Inject
    ChangeFeed feed;




    @Query("changes")
    @Description("Changes after the cursor that the caller may see (a PARTNER: its organizations' competitions and people), "
            + "oldest first, in commit order: `first` of them (100 when absent, at most 500, LIMIT_EXCEEDED above). Keep the "
            + "page's endCursor and ask again with it: a change that commits later comes after it, none is skipped or repeated.")
    public Uni<@NonNull ChangeConnection> changes(String after, Integer first) {
        return feed.page(after, first);
    }
}
