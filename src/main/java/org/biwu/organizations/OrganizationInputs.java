package org.biwu.organizations;

import org.biwu.security.ScopedRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL inputs of organizations and grants. */
public final class OrganizationInputs {

    private OrganizationInputs() {
    }

    /**
     * A new organization: its name (at most {@value OrganizationService#MAX_NAME} characters,
     * unique among its siblings), kind, parent, and when known its credit code (GB 32100) and
     * administrative division code (GB/T 2260).
     */
    @Input("CreateOrganizationInput")
    public record CreateOrganizationInput(
            @NonNull String name,
            @NonNull OrganizationKind kind,
            @Id @Description("Absent: a root, which only ADMIN may create.") String parentId,
            @Description("统一社会信用代码, 18 characters with its check character (GB 32100); spaces and case are ignored.") String code,
            @Description("行政区划代码, 6 digits (GB/T 2260).") String regionCode) {
    }

    /** A role for a login over an organization and everything below it. */
    @Input("GrantRoleInput")
    public record GrantRoleInput(
            @NonNull @Description("Login name at the identity server (a person's, or a partner system's client id).") String username,
            @NonNull ScopedRole role,
            @NonNull @Id String organizationId) {
    }
}
