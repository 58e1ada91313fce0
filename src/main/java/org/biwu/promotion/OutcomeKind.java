package org.biwu.promotion;

import org.eclipse.microprofile.graphql.Description;

/** What a result earns. */
public enum OutcomeKind {
    /** A vocational skill level (晋升职业技能等级). */
    @Description("A vocational skill level (晋升职业技能等级).")
    SKILL_LEVEL,
    /** An honorary title (技术能手, 金牌职工 …). */
    @Description("An honorary title (技术能手, 金牌职工 …).")
    TITLE,
    /** A nomination for an honour decided elsewhere (五一劳动奖章 …). */
    @Description("A nomination for an honour decided elsewhere (五一劳动奖章 …).")
    HONOR_NOMINATION
}
