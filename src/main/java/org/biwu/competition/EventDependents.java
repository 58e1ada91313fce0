package org.biwu.competition;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What depends on an event's definition, for deciding what of it may still be corrected: its
 * marks, its registrations and the aspects its judges are given. Judging answers (the competition
 * package does not read other features' tables).
 */
public interface EventDependents {

    /**
     * @param marksByRound  marks stored for the event, by round code (rounds without marks absent)
     * @param registrations registrations of the event, whatever their status
     * @param judgeAspects the aspect codes each judge (by name) is given; judges marking every aspect are left out
     */
    record Dependents(Map<String, Long> marksByRound, long registrations, Map<String, Set<String>> judgeAspects) {
    }

    /** The event's dependents as they are in the caller's transaction. */
    Uni<Dependents> of(Mutiny.Session s, long event);
}
