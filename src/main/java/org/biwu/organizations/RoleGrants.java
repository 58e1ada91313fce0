package org.biwu.organizations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.organizations.OrganizationInputs.GrantRoleInput;
import org.biwu.security.Access;
import org.biwu.security.Grant;
import org.biwu.security.IdentityDirectory;
import org.biwu.security.Role;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Granting and revoking scoped roles, and who holds which where. An ADMIN over an organization
 * (or above it) grants any role there and revokes any grant there; an ORGANIZER grants and revokes
 * ORGANIZER, HR and PARTNER there; a platform administrator gives a root without an ADMIN its first. Every grant and revocation keeps who did it and when (table
 * role_grant; a revoked grant stays). A login the identity server does not know, as a person or
 * as a partner system's service account, is refused (unless it cannot be asked: see
 * {@link IdentityDirectory}).
 */
@ApplicationScoped
public class RoleGrants {

    /** Longest login name, in characters. */
    public static final int MAX_USERNAME = 255;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    IdentityDirectory identities;

    /** Gives {@code in.username()} the role over the organization; refused whole with FORBIDDEN, INVALID or DUPLICATE. */
    public Uni<RoleGrant> grant(GrantRoleInput in) {
        access.requireAuthenticated();
        String username = in.username().strip();
        if (username.isEmpty()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "username");
        }
        if (username.length() > MAX_USERNAME) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.tooLong(MAX_USERNAME), "username");
        }
        long organization = NodeId.parse("Organization", in.organizationId(), "organizationId");
        String grantor = access.login();
        return db.read(s -> mayGrant(s, in.role(), organization, "organizationId"))
                .chain(() -> identities.lookUp(List.of(username, "service-account-" + username)))
                .chain(known -> {
                    if (known.values().stream().allMatch(a -> a == IdentityDirectory.Answer.UNKNOWN)) {
                        throw DomainException.of(UserErrorCode.INVALID, m -> m.unknownLogin(username), "username");
                    }
                    return db.write(s -> s.createSelectionQuery("select count(*) from RoleGrantEntity where username = :u and role = :r "
                                    + "and organizationId = :o and revokedAt is null", Long.class)
                            .setParameter("u", username).setParameter("r", in.role()).setParameter("o", organization)
                            .getSingleResult().chain(n -> {
                                if (n > 0) {
                                    throw DomainException.of(UserErrorCode.DUPLICATE, m -> m.grantExists(), "username");
                                }
                                RoleGrantEntity g = new RoleGrantEntity();
                                g.username = username;
                                g.role = in.role();
                                g.organizationId = organization;
                                g.grantedBy = grantor;
                                g.grantedAt = OffsetDateTime.now();
                                return s.persist(g).replaceWith(() -> new RoleGrant(g));
                            }));
                });
    }

    /** Ends a grant: refused with NOT_FOUND, FORBIDDEN or WRONG_STATE (revoked already); the row keeps who revoked it and when. */
    public Uni<RoleGrant> revoke(String id) {
        access.requireAuthenticated();
        long number = NodeId.parse("RoleGrant", id, "id");
        String revoker = access.login();
        return db.write(s -> s.find(RoleGrantEntity.class, number, org.hibernate.LockMode.PESSIMISTIC_WRITE).chain(g -> {
            if (g == null) {
                throw DomainException.notFound(m -> m.thing("RoleGrant"), id, "id");
            }
            return mayGrant(s, g.role, g.organizationId, "id").map(v -> {
                if (g.revokedAt != null) {
                    throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.grantRevoked(), "id");
                }
                g.revokedBy = revoker;
                g.revokedAt = OffsetDateTime.now();
                return new RoleGrant(g);
            });
        }));
    }

    /**
     * Refuses with FORBIDDEN unless the caller may grant or revoke {@code role} over {@code organization}:
     * an ADMIN there; an ORGANIZER there, for roles other than ADMIN; a platform administrator (realm
     * role admin) over a root that has no ADMIN (one made by a migration, or whose administrators
     * were all revoked), so that no tree is left without one who can give its grants.
     */
    private Uni<Void> mayGrant(Mutiny.Session s, ScopedRole role, long organization, Object... path) {
        return access.holds(ScopedRole.ADMIN, organization).chain(admin -> admin ? Uni.createFrom().item(true) : unownedRoot(s, organization))
                .chain(allowed -> allowed ? Uni.createFrom().voidItem()
                        : access.holds(ScopedRole.ORGANIZER, organization).map(organizer -> {
                            if (!organizer) {
                                throw access.forbidden(ScopedRole.ORGANIZER, path);
                            }
                            if (role == ScopedRole.ADMIN) {
                                throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.organizerCannotGrant(m.scopedRole(role.name())), "role");
                            }
                            return null;
                        }));
    }

    /** True for a platform administrator and a root organization over which no ADMIN grant is in effect. */
    private Uni<Boolean> unownedRoot(Mutiny.Session s, long organization) {
        if (!access.has(Role.ADMIN)) {
            return Uni.createFrom().item(false);
        }
        return s.createSelectionQuery("select count(*) from OrganizationEntity o where o.id = :o and o.parentId is null and not exists "
                        + "(select 1 from RoleGrantEntity g where g.organizationId = o.id and g.role = :admin and g.revokedAt is null)", Long.class)
                .setParameter("o", organization).setParameter("admin", ScopedRole.ADMIN).getSingleResult().map(n -> n > 0);
    }

    /**
     * The grants in effect over the organization and the organizations above it, root first: for an
     * ORGANIZER (or ADMIN) of it or above; empty for anybody else.
     */
    public Uni<List<RoleGrant>> over(Organization organization) {
        return access.holds(ScopedRole.ORGANIZER, organization.number()).chain(allowed -> {
            if (!allowed) {
                return Uni.createFrom().item(List.<RoleGrant>of());
            }
            List<Long> line = new ArrayList<>(organization.ancestorNumbers());
            line.add(organization.number());
            return db.read(s -> s.createSelectionQuery("from RoleGrantEntity where organizationId in :o and revokedAt is null "
                            + "order by grantedAt, id", RoleGrantEntity.class).setParameter("o", line).getResultList())
                    .map(rows -> rows.stream().sorted(java.util.Comparator.comparingInt(g -> line.indexOf(g.organizationId)))
                            .map(RoleGrant::new).toList());
        });
    }

    /** The caller's grants in effect (their realm role in the token), oldest first. */
    public Uni<List<RoleGrant>> ofCaller() {
        return access.grants().chain(grants -> {
            if (grants.isEmpty()) {
                return Uni.createFrom().item(List.<RoleGrant>of());
            }
            return db.read(s -> s.createSelectionQuery("from RoleGrantEntity where id in :ids order by grantedAt, id", RoleGrantEntity.class)
                    .setParameter("ids", grants.stream().map(Grant::id).toList()).getResultList()).map(rows -> rows.stream().map(RoleGrant::new).toList());
        });
    }
}
