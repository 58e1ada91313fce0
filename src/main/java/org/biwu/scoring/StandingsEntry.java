package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a round's standings.
 *
 * @param rank     standard competition ranking (1, 2, 2, 4) by total, after the tie-break modules;
 *                 null when unranked (no score yet, withdrawn, disqualified)
 * @param total    ranking total: round total plus the carried-over rounds' totals, in points
 * @param advanced goes on to the next round
 * @param award    name of the first award rule met, in the last round only
 * @param vetoReasons the VETO aspects triggered in this round and in the rounds its ranking includes,
 *                 "ROUND/ASPECT", in round order; a vetoed entry has no rank, no award and does not advance
 */
public record StandingsEntry(CompetitorScore score, Integer rank, BigDecimal total, boolean advanced, String award,
                             List<String> vetoReasons) {

    public StandingsEntry {
        vetoReasons = List.copyOf(vetoReasons);
    }

    public boolean vetoed() {
        return !vetoReasons.isEmpty();
    }

    public long registrationId() {
        return score.registrationId();
    }
}
