package org.biwu.db;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.biwu.security.Access;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reactive sessions for the services. GraphQL resolves fields in parallel on one Vert.x
 * context, so every unit of work opens its own session here (never a session shared through the
 * context) and closes it when done. In a request, the caller's grants are read before the
 * session opens ({@link Access#ready()}): an access check inside the work then needs no second
 * connection of the pool while the first holds its locks.
 */
@ApplicationScoped
public class Database {

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Inject
    Instance<Access> access;

    @Inject
    Instance<CurrentVertxRequest> request;

    /** Runs {@code work} in a session of its own, without a transaction (reads). */
    public <T> Uni<T> read(Function<Mutiny.Session, Uni<T>> work) {
        return callerReady().chain(() -> sessionFactory.openSession()).chain(s -> work.apply(s).eventually(s::close));
    }

    /** Runs {@code work} in one transaction in a session of its own: all of it is stored, or nothing. */
    public <T> Uni<T> write(Function<Mutiny.Session, Uni<T>> work) {
        return callerReady().chain(() -> sessionFactory.openSession()).chain(s -> s.withTransaction(tx -> work.apply(s)).eventually(s::close));
    }

    /**
     * The caller's grants loaded, when there is a caller (an HTTP request: the GraphQL API, the file
     * endpoints); at once otherwise (start-up, notifications, work without a request).
     */
    private Uni<Void> callerReady() {
        if (!Arc.container().requestContext().isActive() || request.get().getCurrent() == null) {
            return Uni.createFrom().voidItem();
        }
        return access.get().ready();
    }
}
