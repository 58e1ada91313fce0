package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** Skill competition (职业技能竞赛, 技术比武) or labor competition (劳动竞赛). */
@Description("Skill competition (职业技能竞赛, 技术比武) or labor competition (劳动竞赛).")
public enum CompetitionKind {
    SKILL,
    LABOR
}
