package org.biwu.db;

/**
 * PostgreSQL advisory locks the services take inside their transactions ({@code
 * pg_advisory_xact_lock}, released at commit): a key is a kind in the top byte and the record's
 * number below it, so kinds never collide.
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
        PANEL(3);

        private final long tag;

        Kind(long tag) {
            this.tag = tag;
        }
    }

    /** The lock's key for record {@code number} (below 2^56). */
    public static long key(Kind kind, long number) {
        return kind.tag << 56 | number;
    }
}
