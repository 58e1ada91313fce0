package org.biwu.outbox;

import java.util.List;

/**
 * What one committed change tells every replica through PostgreSQL NOTIFY: the round whose
 * standings changed, their new version, and the registrations whose marks (or entries) changed;
 * {@code registrations} null means "reload the whole round".
 */
public record StandingsChange(long event, String round, int version, List<Long> registrations) {

    /** NOTIFY payloads are limited to 8000 bytes; larger changes reload the round instead. */
    public static final int MAX_LISTED = 500;
}
