package org.biwu.promotion.engine;

import java.util.Objects;
import java.util.Set;

/**
 * A person entered in the event (选手), alone or as a team member, with the facts a policy reads.
 *
 * @param personId                  the person
 * @param name                      shown in reasons, e.g. 张伟
 * @param category                  employee, student or other; null when not recorded, which no
 *                                  category-restricted rule accepts
 * @param skillLevel                current skill level; null when none is recorded
 * @param competitionPromotionYears calendar years in which the person already gained a skill level
 *                                  through a competition (approved SKILL_LEVEL outcomes of other
 *                                  evaluations); read only when the policy allows one level a year
 */
public record Competitor(long personId, String name, PersonCategory category, SkillLevel skillLevel,
                         Set<Integer> competitionPromotionYears) {

    public Competitor {
        Objects.requireNonNull(name, "name");
        competitionPromotionYears = competitionPromotionYears == null ? Set.of() : Set.copyOf(competitionPromotionYears);
    }

    /** A competitor who has not gained a level through a competition before. */
    public static Competitor of(long personId, String name, PersonCategory category, SkillLevel skillLevel) {
        return new Competitor(personId, name, category, skillLevel, Set.of());
    }

    /** Whether the person already gained a level through a competition in {@code year}. */
    public boolean promotedThroughCompetitionIn(int year) {
        return competitionPromotionYears.contains(year);
    }
}
