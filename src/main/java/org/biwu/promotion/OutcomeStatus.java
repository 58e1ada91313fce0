package org.biwu.promotion;

/** An outcome starts PROPOSED; HR approves or rejects it. */
public enum OutcomeStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
