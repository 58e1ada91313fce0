package org.biwu.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz column as a native query returns it (an OffsetDateTime or an Instant, by driver), as an OffsetDateTime. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime of(Object column) {
        return column instanceof OffsetDateTime o ? o : ((Instant) column).atOffset(ZoneOffset.UTC);
    }
}
