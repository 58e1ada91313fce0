package org.biwu.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.biwu.api.DomainException;
import org.biwu.api.UserErrorCode;

/**
 * The one place that says who the caller is and what they may do. Feature services call it
 * instead of reading the token themselves, so every path (query, mutation, subscription,
 * batched field) is checked the same way.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

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
}
