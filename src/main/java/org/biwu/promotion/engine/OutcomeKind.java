package org.biwu.promotion.engine;

/** What a rule grants (contract: 02-promotion.graphql, enum OutcomeKind). */
public enum OutcomeKind {
    /** A vocational skill level (晋升职业技能等级). */
    SKILL_LEVEL,
    /** An honorary title (技术能手, 五一技术标兵 …). */
    TITLE,
    /** A nomination for an honour decided elsewhere (五一劳动奖章 …). */
    HONOR_NOMINATION
}
