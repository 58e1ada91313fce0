package org.biwu.promotion;

import org.biwu.registration.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One participating unit in a commendation.
 *
 * @param registration the unit's registration
 * @param rank         its rank in the final standings, or null (unranked, vetoed, or not yet scored)
 * @param award        its award in the final standings (先进集体 …), or null
 * @param vetoed       vetoed in the final standings: it takes no part in commendations
 * @param quota        how many workers it may nominate (0 until the organizer gives a quota)
 * @param nominated    nominations waiting for a decision
 * @param approved     nominations approved
 */
@Type("CommendationUnit")
@Description("A participating unit's quota and how much of it is used (persons).")
public record CommendationUnit(@NonNull Registration registration,
                               @Description("Its rank in the final standings; null when unranked or vetoed.") Integer rank,
                               @Description("Its award in the final standings (先进集体, 一等奖 …); null without one.") String award,
                               @Description("Vetoed (一票否决) in the final standings: no quota, no nomination.") boolean vetoed,
                               @Description("Workers it may nominate; 0 until the organizer gives a quota.") int quota,
                               @Description("Its nominations waiting for the organizer's decision.") int nominated,
                               @Description("Its nominations approved.") int approved) {
}
