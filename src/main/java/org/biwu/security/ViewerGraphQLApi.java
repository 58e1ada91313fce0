package org.biwu.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.biwu.api.LimitedInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** The me query: who is signed in (login, names, Biwu's roles), the root of the caller's own records. */
@GraphQLApi
@LimitedInput
@Authenticated
public class ViewerGraphQLApi {

    @Inject
    Access access;

    @Query("me")
    @Description("The caller: login name and roles from the bearer token. Refused without a valid token.")
    public Viewer me() {
        return access.viewer();
    }
}
