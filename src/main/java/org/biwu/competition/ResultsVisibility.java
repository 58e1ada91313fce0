package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** What people outside the judging panel see of the standings while scoring runs. */
@Description("What people outside the judging panel see of the standings while scoring runs.")
public enum ResultsVisibility {
    LIVE,
    FROZEN,
    HIDDEN
}
