package org.biwu.promotion.engine;

/** The state of a registration (contract: 01-core.graphql, enum RegistrationStatus). */
public enum RegistrationStatus {
    /** Entered, not yet checked against the competition's eligibility rules. */
    PENDING,
    /** Checked and accepted. */
    APPROVED,
    /** Left the competition. */
    WITHDRAWN,
    /** Excluded by the organizers or the arbitration panel. */
    DISQUALIFIED
}
