package org.biwu.results;

import org.eclipse.microprofile.graphql.Description;

/** Where an appeal (申诉) stands: OPEN until the organizer decides it (仲裁). */
@Description("Where an appeal (申诉) stands: OPEN until the organizer decides it (仲裁).")
public enum AppealStatus {
    OPEN,
    /** The appeal is right: the marks were corrected as the decision says. */
    UPHELD,
    /** The results stand. */
    DISMISSED
}
