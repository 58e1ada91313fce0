package org.biwu.organizations;

import java.time.OffsetDateTime;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.security.ScopedRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A grant as the API shows it; its organization is a field resolved apart. */
@Description("One login given one role over one organization and everything below it.")
public class RoleGrant implements Node {

    private final String id;
    @NonNull
    @Description("Login name at the identity server (the token's preferred_username or a service account's client id).")
    public final String username;
    @NonNull
    public final ScopedRole role;
    @NonNull
    public final String grantedBy;
    @NonNull
    public final OffsetDateTime grantedAt;
    private final long organizationNumber;

    public RoleGrant(RoleGrantEntity g) {
        this.id = NodeId.of("RoleGrant", g.id);
        this.username = g.username;
        this.role = g.role;
        this.grantedBy = g.grantedBy;
        this.grantedAt = g.grantedAt;
        this.organizationNumber = g.organizationId;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long organizationNumber() {
        return organizationNumber;
    }
}
