package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** What happens when a judge shares a competitor's affiliation: BLOCK refuses the mark (回避), FLAG records it as a conflict. */
@Description("What happens when a judge shares a competitor's affiliation: BLOCK refuses the mark (回避), FLAG records it as a conflict.")
public enum ConflictPolicy {
    BLOCK,
    FLAG
}
