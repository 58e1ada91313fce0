package org.biwu.results;

import java.math.BigDecimal;
import java.util.List;

/** A round's standings as outsiders see them while results are FROZEN (stored as JSON). */
public record FrozenStandings(int version, List<Entry> entries) {

    public record Entry(long registration, Integer rank, BigDecimal total, BigDecimal roundTotal, List<Module> modules,
                        boolean complete, boolean advanced, String award) {
    }

    public record Module(String module, BigDecimal score, Boolean passed) {
    }
}
