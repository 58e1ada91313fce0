package org.biwu.security;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The signed-in caller, as their token names them. */
@Description("The signed-in caller, read from the bearer token.")
public record Viewer(
        @NonNull @Description("Login name (the token's preferred_username), e.g. organizer.") String username,
        @NonNull @Description("Biwu realm roles of the token: organizer, chief-judge, judge, scorekeeper, hr, competitor, viewer, partner, admin. "
                + "Where the organization-wide ones apply: Viewer.grants.")
        List<@NonNull String> roles) {
}
