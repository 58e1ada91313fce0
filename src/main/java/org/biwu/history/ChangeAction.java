package org.biwu.history;

import org.eclipse.microprofile.graphql.Description;

/** How a record was corrected. */
@Description("How a competition, event, registration, judge's place or commendation nomination was corrected.")
public enum ChangeAction {
    /** Its facts were edited. */
    UPDATED,
    /** A registration left the competition (退赛): no rank, no award, no promotion; or a unit withdrew a nomination for commendation. */
    WITHDRAWN,
    /** A registration was disqualified (取消资格), with a reason: no rank, no award, no promotion. */
    DISQUALIFIED,
    /** A withdrawn or disqualified registration takes part again. */
    REINSTATED,
    /** A judge without marks left the panel. */
    REMOVED,
    /** A judge was replaced: their marks stay, the new judge marks from now on. */
    REPLACED,
    /** A judge was given the aspects they mark. */
    ASPECTS_ASSIGNED
}
