package org.biwu.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the access checks read from the database: a login's grants not revoked (table
 * {@code role_grant}) and organizations' paths (table {@code organization}, column {@code path}:
 * the ids from the root down to the organization, {@code /1/4/9/}). An organization never moves
 * (nothing in the API moves one), so a path once read is kept for the life of the process; every
 * path is read at start-up, so that a check rarely reads one. Grants are read afresh for every
 * request that needs them.
 */
@ApplicationScoped
public class ScopeDirectory {

    @Inject
    Pool pool;

    private final Map<Long, String> paths = new ConcurrentHashMap<>();

    /** Reads every organization's path (a few thousand short rows at most). */
    void readPaths(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent startup) {
        for (Row r : pool.query("select id, path from organization").executeAndAwait()) {
            paths.put(r.getLong(0), r.getString(1));
        }
    }

    /** The grants of {@code login} not revoked, whatever the token's realm roles. */
    public Uni<List<Grant>> grantsOf(String login) {
        return pool.preparedQuery("select g.id, g.role, g.organization_id, o.path from role_grant g "
                        + "join organization o on o.id = g.organization_id where g.username = $1 and g.revoked_at is null")
                .execute(Tuple.of(login))
                .map(rows -> {
                    List<Grant> grants = new ArrayList<>();
                    for (Row r : rows) {
                        grants.add(new Grant(r.getLong(0), ScopedRole.valueOf(r.getString(1)), r.getLong(2), r.getString(3)));
                    }
                    return grants;
                });
    }

    /** The path of each organization of {@code ids} that exists (absent ones are left out). */
    public Uni<Map<Long, String>> pathsOf(Collection<Long> ids) {
        Map<Long, String> known = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            String path = paths.get(id);
            if (path != null) {
                known.put(id, path);
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(known);
        }
        return pool.preparedQuery("select id, path from organization where id = any($1)")
                .execute(Tuple.of(missing.toArray(new Long[0])))
                .map(rows -> {
                    for (Row r : rows) {
                        paths.put(r.getLong(0), r.getString(1));
                        known.put(r.getLong(0), r.getString(1));
                    }
                    return known;
                });
    }

    /** The path of organization {@code id}, or null when there is none. */
    public Uni<String> pathOf(long id) {
        return pathsOf(List.of(id)).map(found -> found.get(id));
    }
}
