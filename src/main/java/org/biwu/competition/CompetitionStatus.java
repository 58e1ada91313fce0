package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** The lifecycle of a competition; statuses only move forward, in this order. */
@Description("The lifecycle of a competition; statuses only move forward, in this order.")
public enum CompetitionStatus {
    DRAFT,
    REGISTRATION,
    RUNNING,
    SCORING_CLOSED,
    PUBLISHED,
    FINAL,
    ARCHIVED
}
