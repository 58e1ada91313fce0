package org.biwu.results;

import java.math.BigDecimal;
import java.util.List;

/** A round's standings as outsiders see them while results are FROZEN (stored as JSON). */
public record FrozenStandings(int version, List<Entry> entries) {

    /** @param vetoReasons empty in snapshots kept before vetoes existed */
    public record Entry(long registration, Integer rank, BigDecimal total, BigDecimal roundTotal, List<Module> modules,
                        boolean complete, boolean advanced, String award, List<String> vetoReasons) {

        public Entry {
            vetoReasons = vetoReasons == null ? List.of() : List.copyOf(vetoReasons);
        }
    }

    public record Module(String module, BigDecimal score, Boolean passed) {
    }
}
