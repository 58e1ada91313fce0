package org.biwu.promotion;

import org.eclipse.microprofile.graphql.Description;

/** Where a nomination for an individual commendation (先进个人) stands. */
@Description("Where a nomination for an individual commendation (先进个人) stands.")
public enum NominationStatus {
    /** Made by the unit, waiting for the organizer's decision; the unit may still withdraw it. */
    NOMINATED,
    /** Withdrawn by the unit before a decision; it no longer counts against the quota. */
    WITHDRAWN,
    /** Approved by the organizer: the person holds the title, a TITLE promotion outcome on their record. */
    APPROVED,
    /** Rejected by the organizer, with a note; it no longer counts against the quota. */
    REJECTED;

    /** The statuses that count against the unit's quota and keep the person from being nominated again. */
    public static final java.util.List<NominationStatus> LIVE = java.util.List.of(NOMINATED, APPROVED);
}
