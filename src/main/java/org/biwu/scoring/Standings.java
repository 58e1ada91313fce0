package org.biwu.scoring;

import java.util.List;
import java.util.Optional;

/** A round's standings, best first; unranked entries last, by registration. */
public record Standings(String round, List<StandingsEntry> entries) {

    public Standings {
        entries = List.copyOf(entries);
    }

    public Optional<StandingsEntry> entry(long registrationId) {
        return entries.stream().filter(e -> e.registrationId() == registrationId).findFirst();
    }

    /** How many entries have a rank. */
    public int rankedCount() {
        return (int) entries.stream().filter(e -> e.rank() != null).count();
    }
}
