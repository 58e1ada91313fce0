package org.biwu.promotion.engine;

/** Whether an event (赛项) is contested by one person or by a team of {@link EventFacts#teamSize()}. */
public enum EventFormat {
    INDIVIDUAL,
    TEAM
}
