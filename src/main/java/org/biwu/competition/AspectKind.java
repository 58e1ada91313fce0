package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** Objective measurement (客观评分) or a panel's judgement (主观评分). */
@Description("Objective measurement (客观评分) or a panel's judgement (主观评分).")
public enum AspectKind {
    MEASUREMENT,
    JUDGEMENT
}
