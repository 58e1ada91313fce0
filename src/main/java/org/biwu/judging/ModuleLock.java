package org.biwu.judging;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A module whose marks are locked in a round: no mark of its aspects may change until an organizer reopens it. */
@Description("A module whose marks are locked in a round: no mark of its aspects may change until an organizer reopens it.")
public record ModuleLock(
        @NonNull String module,
        @NonNull @Description("Login of the chief judge or organizer who locked it, or of the organizer who closed scoring.") String lockedBy,
        @NonNull OffsetDateTime lockedAt,
        @Ignore String round) {

    @Override
    @Ignore
    public String round() {
        return round;
    }
}
