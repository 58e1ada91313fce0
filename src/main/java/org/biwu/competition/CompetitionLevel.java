package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** Who sanctions the competition (竞赛级别); promotion policies key on it. */
@Description("Who sanctions the competition (竞赛级别); promotion policies key on it.")
public enum CompetitionLevel {
    INTERNATIONAL,
    NATIONAL_CLASS_I,
    NATIONAL_CLASS_II,
    PROVINCIAL_CLASS_I,
    PROVINCIAL_CLASS_II,
    MUNICIPAL_CLASS_I,
    MUNICIPAL_CLASS_II,
    DISTRICT,
    INDUSTRY,
    ENTERPRISE,
    SCHOOL
}
