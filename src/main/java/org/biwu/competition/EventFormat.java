package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** Whether a registration is one person or a team. */
@Description("Whether a registration is one person or a team.")
public enum EventFormat {
    INDIVIDUAL,
    TEAM
}
