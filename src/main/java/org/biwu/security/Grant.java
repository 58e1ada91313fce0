package org.biwu.security;

/**
 * One grant in effect, as the access checks use it: the role, the organization it is over and
 * that organization's path ({@code /1/4/9/}, the ids from the root down to it).
 */
public record Grant(long id, ScopedRole role, long organizationId, String organizationPath) {

    /** True when the grant reaches the organization with path {@code path}: it or one below it. */
    public boolean covers(String path) {
        return path != null && path.startsWith(organizationPath);
    }
}
