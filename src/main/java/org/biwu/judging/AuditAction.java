package org.biwu.judging;

import org.eclipse.microprofile.graphql.Description;

/** What an entry of an event's audit trail records. */
@Description("What an entry of an event's audit trail records.")
public enum AuditAction {
    /** A mark given for the first time. */
    ENTERED,
    /** A new value of a stored mark (or its difficulty, note or conflict flag). */
    CORRECTED,
    /** A module's marks in a round locked: they refuse every change. */
    LOCKED,
    /** A locked module opened again by an organizer, with a reason. */
    REOPENED,
    /** A correction made by an upheld appeal. */
    @Description("A correction made by an upheld appeal.")
    APPEAL_CORRECTED
}
