package org.biwu.db;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reactive sessions for the services. GraphQL resolves fields in parallel on one Vert.x
 * context, so every unit of work opens its own session here (never a session shared through the
 * context) and closes it when done.
 */
@ApplicationScoped
public class Database {

    @Inject
    Mutiny.SessionFactory sessionFactory;

    /** Runs {@code work} in a session of its own, without a transaction (reads). */
    public <T> Uni<T> read(Function<Mutiny.Session, Uni<T>> work) {
        return sessionFactory.openSession().chain(s -> work.apply(s).eventually(s::close));
    }

    /** Runs {@code work} in one transaction in a session of its own: all of it is stored, or nothing. */
    public <T> Uni<T> write(Function<Mutiny.Session, Uni<T>> work) {
        return sessionFactory.openSession().chain(s -> s.withTransaction(tx -> work.apply(s)).eventually(s::close));
    }
}
