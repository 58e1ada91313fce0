package org.biwu.promotion.engine;

import java.util.Objects;

/**
 * What a policy needs to know about the event whose final standings are evaluated.
 *
 * @param format           individual or team event
 * @param teamSize         members per entry; 1 for an individual event
 * @param competitionLevel who sanctions the competition; the policy's appliesTo is checked against it
 * @param competitionName  e.g. 第一届全国技能大赛, shown in every reason
 * @param eventName        the event (赛项 / 工种), e.g. 钳工, shown in every reason
 * @param year             the calendar year the competition ended: the year a level gained here
 *                         counts for, when a policy allows one level a year
 */
public record EventFacts(EventFormat format, int teamSize, CompetitionLevel competitionLevel, String competitionName,
                         String eventName, int year) {

    public EventFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(competitionLevel, "competitionLevel");
        Objects.requireNonNull(competitionName, "competitionName");
        Objects.requireNonNull(eventName, "eventName");
        if (teamSize < 1) {
            throw new IllegalArgumentException("teamSize " + teamSize + ": an entry has at least one member");
        }
    }

    /** An individual event (team size 1). */
    public static EventFacts individual(CompetitionLevel level, String competitionName, String eventName, int year) {
        return new EventFacts(EventFormat.INDIVIDUAL, 1, level, competitionName, eventName, year);
    }

    /** A team event of {@code teamSize} members. */
    public static EventFacts team(int teamSize, CompetitionLevel level, String competitionName, String eventName, int year) {
        return new EventFacts(EventFormat.TEAM, teamSize, level, competitionName, eventName, year);
    }
}
