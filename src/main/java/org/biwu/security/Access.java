package org.biwu.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.biwu.api.DomainException;
import org.biwu.api.UserErrorCode;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place that says who the caller is and what they may do. Feature services call it
 * instead of reading the token themselves, so every path (query, mutation, subscription,
 * batched field) is checked the same way.
 *
 * <p>Two kinds of answer: realm roles ({@link Role}, from the token: which kinds of role the login
 * may hold, and the panel, competitor and viewer roles) and scoped roles ({@link ScopedRole}, from
 * Biwu's grants: where). A grant counts only while the token carries its realm role, so taking
 * the realm role away in Keycloak suspends every grant of that kind at once. The caller's grants
 * are read once per request.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    ScopeDirectory directory;

    private Uni<List<Grant>> grants;

    /** The caller as the token names them: login name and Biwu realm roles (in {@link Role} order). */
    public Viewer viewer() {
        requireAuthenticated();
        List<String> roles = Arrays.stream(Role.values())
                .filter(this::has)
                .map(Role::claim)
                .collect(Collectors.toList());
        return new Viewer(identity.getPrincipal().getName(), roles);
    }

    /** The caller's login name (the token's preferred_username). */
    public String username() {
        requireAuthenticated();
        return identity.getPrincipal().getName();
    }

    /** True when the call carries no valid token. */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** True when the caller's token carries {@code role}. */
    public boolean has(Role role) {
        return !identity.isAnonymous() && identity.hasRole(role.claim());
    }

    /** True when the caller's token carries at least one of {@code roles}. */
    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    /**
     * Refuses the call unless the caller holds one of {@code roles}.
     *
     * @throws UnauthorizedException without a valid token
     * @throws DomainException       FORBIDDEN with a token that has none of the roles; the message names them
     */
    public void requireAny(Role... roles) {
        requireAuthenticated();
        if (!hasAny(roles)) {
            throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.needsRole(Arrays.stream(roles)
                    .map(r -> m.role(r.claim())).collect(Collectors.joining(m.listSeparator()))));
        }
    }

    /** @throws UnauthorizedException without a valid token */
    public void requireAuthenticated() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("a valid bearer token is required");
        }
    }

    /**
     * The login grants are given to: the token's preferred_username, or for a partner system's
     * service account (client credentials) its client id, e.g. {@code biwu-partner-demo}.
     */
    public String login() {
        requireAuthenticated();
        if (isServiceAccount() && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null) {
            Object client = jwt.getClaim("azp");
            return client instanceof jakarta.json.JsonString text ? text.getString() : client.toString();
        }
        return identity.getPrincipal().getName();
    }

    /** True when the caller is a service account (a partner system's client credentials), not a person. */
    public boolean isServiceAccount() {
        return !identity.isAnonymous() && identity.getPrincipal().getName().startsWith("service-account-");
    }

    /** The caller's grants in effect: not revoked, and their realm role in the token. Read once per request. */
    public Uni<List<Grant>> grants() {
        if (identity.isAnonymous() || Arrays.stream(ScopedRole.values()).noneMatch(r -> has(r.realmRole()))) {
            return Uni.createFrom().item(List.of());
        }
        if (grants == null) {
            grants = directory.grantsOf(login())
                    .map(all -> all.stream().filter(g -> has(g.role().realmRole())).toList())
                    .memoize().indefinitely();
        }
        return grants;
    }

    /** Reads what the access checks of this request need (the caller's grants), so that none reads later. */
    public Uni<Void> ready() {
        return grants().replaceWithVoid();
    }

    /** Where the caller holds {@code role} (an ADMIN grant also counts as ORGANIZER). */
    public Uni<Scope> scope(ScopedRole role) {
        return grants().map(list -> new Scope(list.stream().filter(g -> g.role().gives(role))
                .map(Grant::organizationPath).distinct().toList()));
    }

    /** True when the caller holds {@code role} over the organization {@code organization} (or one above it). */
    public Uni<Boolean> holds(ScopedRole role, long organization) {
        return scope(role).chain(scope -> scope.isEmpty() ? Uni.createFrom().item(false)
                : directory.pathOf(organization).map(scope::covers));
    }

    /** The paths of the organizations of {@code organizations} (those that exist), by number. */
    public Uni<java.util.Map<Long, String>> pathsOf(java.util.Collection<Long> organizations) {
        return directory.pathsOf(organizations);
    }

    /**
     * Refuses the call unless the caller holds {@code role} over {@code organization}.
     *
     * @throws DomainException FORBIDDEN; the message names the role, never the organization
     */
    public Uni<Void> require(ScopedRole role, long organization, Object... path) {
        return holds(role, organization).map(yes -> {
            if (!yes) {
                throw forbidden(role, path);
            }
            return null;
        });
    }

    /** The refusal of a caller who does not hold {@code role} where it is needed. */
    public DomainException forbidden(ScopedRole role, Object... path) {
        return DomainException.of(UserErrorCode.FORBIDDEN, m -> m.needsScopedRole(m.scopedRole(role.name())), path);
    }

    /**
     * Refuses at once, before anything is read, a caller whose token carries no realm role a grant
     * giving {@code role} needs (for ORGANIZER: organizer or admin).
     *
     * @throws UnauthorizedException without a valid token
     * @throws DomainException       FORBIDDEN naming the role
     */
    public void requireRealmRoleFor(ScopedRole role) {
        requireAny(Arrays.stream(ScopedRole.values()).filter(r -> r.gives(role)).map(ScopedRole::realmRole).sorted().toArray(Role[]::new));
    }
}
