package org.biwu.promotion.engine;

import java.util.List;
import java.util.Objects;

/**
 * One registration's line in the event's final standings, with the people it stands for.
 *
 * @param registrationId  the registration (one per individual competitor or per team)
 * @param rank            standard competition rank (ties share a rank: 1, 2, 3, 3, 5); null when unranked
 * @param award           the award of the last round (金牌, 优胜奖, 一等奖 …), or null
 * @param completed       every expected mark is in
 * @param status          the registration's status; only APPROVED registrations earn outcomes
 * @param passedModules   every module that has a pass mark was passed (e.g. theory and practical)
 * @param members         the competitor, or every member of the team
 */
public record FinalStanding(long registrationId, Integer rank, String award, boolean completed,
                            RegistrationStatus status, boolean passedModules, List<Competitor> members) {

    public FinalStanding {
        Objects.requireNonNull(status, "status");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("registration " + registrationId + " has no members: give the competitor, "
                    + "or every member of the team");
        }
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("registration " + registrationId + ": rank " + rank
                    + " is below 1; leave rank null for an unranked entry");
        }
    }
}
