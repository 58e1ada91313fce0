package org.biwu.organizations;

import java.util.List;
import org.biwu.api.UserError;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL payloads of organizations and grants: the result, or why it was refused. */
public final class OrganizationPayloads {

    private OrganizationPayloads() {
    }

    @Type("OrganizationPayload")
    public record OrganizationPayload(Organization organization, @NonNull List<@NonNull UserError> userErrors) {
        public static OrganizationPayload of(Organization o) {
            return new OrganizationPayload(o, List.of());
        }

        public static OrganizationPayload refused(List<UserError> errors) {
            return new OrganizationPayload(null, errors);
        }
    }

    @Type("RoleGrantPayload")
    public record RoleGrantPayload(RoleGrant grant, @NonNull List<@NonNull UserError> userErrors) {
        public static RoleGrantPayload of(RoleGrant g) {
            return new RoleGrantPayload(g, List.of());
        }

        public static RoleGrantPayload refused(List<UserError> errors) {
            return new RoleGrantPayload(null, errors);
        }
    }
}
