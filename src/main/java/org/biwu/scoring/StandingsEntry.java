package org.biwu.scoring;

import java.math.BigDecimal;

/**
 * One line of a round's standings.
 *
 * @param rank     standard competition ranking (1, 2, 2, 4) by total, after the tie-break modules;
 *                 null when unranked (no score yet, withdrawn, disqualified)
 * @param total    ranking total: round total plus the carried-over rounds' totals, in points
 * @param advanced goes on to the next round
 * @param award    name of the first award rule met, in the last round only
 */
public record StandingsEntry(CompetitorScore score, Integer rank, BigDecimal total, boolean advanced, String award) {

    public long registrationId() {
        return score.registrationId();
    }
}
