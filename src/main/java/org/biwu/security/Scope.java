package org.biwu.security;

import java.util.List;

/**
 * Where the caller holds a role: the paths of the organizations their grants in effect are over
 * ({@code /1/4/}); an organization is in scope when its path starts with one of them.
 */
public record Scope(List<String> paths) {

    /** True when the organization with path {@code path} is in scope. */
    public boolean covers(String path) {
        return path != null && paths.stream().anyMatch(path::startsWith);
    }

    /** True when the caller holds the role nowhere. */
    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /**
     * A query condition true for rows whose organization path (the expression {@code pathColumn},
     * e.g. {@code o.path}) is in scope; false for every row when the scope is empty. The paths are
     * written into the condition: they are made of digits and slashes only (checked).
     */
    public String condition(String pathColumn) {
        if (paths.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder("(");
        for (String p : paths) {
            if (!p.matches("/(\\d+/)+")) {
                throw new IllegalStateException("not an organization path: " + p);
            }
            sql.append(sql.length() > 1 ? " or " : "").append(pathColumn).append(" like '").append(p).append("%'");
        }
        return sql.append(')').toString();
    }
}
