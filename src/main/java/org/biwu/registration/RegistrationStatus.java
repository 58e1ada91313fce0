package org.biwu.registration;

/** A registration's standing: only PENDING and APPROVED registrations are ranked. */
public enum RegistrationStatus {
    PENDING,
    APPROVED,
    WITHDRAWN,
    DISQUALIFIED;

    /** True when the registration takes part in the ranking. */
    public boolean ranked() {
        return this == PENDING || this == APPROVED;
    }
}
