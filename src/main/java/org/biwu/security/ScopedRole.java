package org.biwu.security;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * A role that applies over one organization and everything below it, given to a login by a
 * grant ({@link Grant}). A grant takes effect only while the login's token also carries the
 * matching realm role ({@link #realmRole()}): Keycloak says which kinds of role a login may hold,
 * Biwu's grants say where.
 */
@Enum("ScopedRole")
@Description("A role that applies organization-wide.")
public enum ScopedRole {
    @Description("Administers the organization and everything below it: what an ORGANIZER may do there, and grants any role "
            + "there, ADMIN included. A root is created by a platform administrator (realm role admin), who becomes its ADMIN.")
    ADMIN(Role.ADMIN),
    @Description("Creates and runs competitions of the organization and everything below it; grants roles there.")
    ORGANIZER(Role.ORGANIZER),
    @Description("Decides promotion outcomes of persons employed in the organization or below it; sees their records.")
    HR(Role.HR),
    @Description("A partner system reading what the organization and everything below it publishes.")
    PARTNER(Role.PARTNER);

    private final Role realmRole;

    ScopedRole(Role realmRole) {
        this.realmRole = realmRole;
    }

    /** The realm role a token must carry for a grant of this role to take effect. */
    public Role realmRole() {
        return realmRole;
    }

    /**
     * True when a grant of this role gives {@code needed}: each role gives itself; ADMIN also
     * gives ORGANIZER (an administrator may run what an organizer runs), never HR or PARTNER.
     */
    public boolean gives(ScopedRole needed) {
        return this == needed || (this == ADMIN && needed == ORGANIZER);
    }
}
