package org.biwu.changes;

import org.eclipse.microprofile.graphql.Description;

/** What a change of the partners' feed is. */
@Description("What a change of the partners' feed is.")
public enum ChangeKind {
    /** A competition's results were published (its node: the competition). */
    RESULTS_PUBLISHED,
    /** A competition's results became final (the competition). */
    RESULTS_FINAL,
    /** A promotion outcome was approved (the outcome). */
    OUTCOME_APPROVED,
    /** A certificate was issued (the certificate). */
    CERTIFICATE_ISSUED,
    /** A certificate was revoked (the certificate). */
    CERTIFICATE_REVOKED
}
