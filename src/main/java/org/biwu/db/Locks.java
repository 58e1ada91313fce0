package org.biwu.db;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * PostgreSQL advisory locks the services take inside their transactions ({@code
 * pg_advisory_xact_lock}, released at commit): a key is a kind in the top byte and the record's
 * number below it, so kinds never collide. {@link #hold} is the one way to take them.
 */
public final class Locks {

    private Locks() {
    }

    /** What a lock guards. */
    public enum Kind {
        /** An event's bibs while registrations are stored (exclusive). */
        REGISTRATIONS(1),
        /**
         * An event's marking scheme: correcting it takes the lock exclusively, storing marks shares
         * it, so a mark is never checked against a scheme that is being replaced.
         */
        MARKING_SCHEME(2),
        /** An event's judging panel while it changes (exclusive): a login is placed on it once. */
        PANEL(3),
        /** An event's scorekeepers' paper entries (double entry) while a submission reads and writes them (exclusive). */
        PAPER_ENTRIES(4),
        /** The partners' change feed while a change is appended (exclusive, number 0): ids are handed out in commit order. */
        CHANGE_FEED(5);

        private final long tag;

        Kind(long tag) {
            this.tag = tag;
        }
    }

    /** A lock to take: on record {@code number}'s {@code kind}, exclusive or shared. */
    public record Lock(Kind kind, long number, boolean shared) {

        public static Lock exclusive(Kind kind, long number) {
            return new Lock(kind, number, false);
        }

        public static Lock shared(Kind kind, long number) {
            return new Lock(kind, number, true);
        }
    }

    /**
     * Takes the locks, in the order given, in one statement of the session's transaction; they are
     * held until it ends. A later statement sees what a transaction that held one committed.
     */
    public static Uni<Void> hold(Mutiny.Session s, Lock... locks) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < locks.length; i++) {
            columns.add("cast(pg_advisory_xact_lock" + (locks[i].shared() ? "_shared" : "") + "(:l" + i + ") as text)");
        }
        Mutiny.SelectionQuery<Object> query = s.createNativeQuery("select " + String.join(", ", columns));
        for (int i = 0; i < locks.length; i++) {
            query.setParameter("l" + i, key(locks[i].kind(), locks[i].number()));
        }
        return query.getSingleResult().replaceWithVoid();
    }

    /** The lock's key for record {@code number} (below 2^56). */
    public static long key(Kind kind, long number) {
        return kind.tag << 56 | number;
    }
}
