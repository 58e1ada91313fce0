package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One registration's score in one round, before ranking.
 *
 * @param registrationId the registration scored
 * @param rankable       false for withdrawn or disqualified registrations: shown, never ranked
 * @param roundTotal     Σ weight × module score, in points; null while no module has a score
 * @param modules        every module of the round
 * @param vetoReasons    the round's VETO aspects this registration triggered, as "ROUND/ASPECT" codes
 */
public record CompetitorScore(long registrationId, boolean rankable, BigDecimal roundTotal, List<ModuleScore> modules,
                              List<String> vetoReasons) {

    public CompetitorScore {
        modules = List.copyOf(modules);
        vetoReasons = List.copyOf(vetoReasons);
    }

    /** Every expected mark of the round is in. */
    public boolean complete() {
        return modules.stream().allMatch(ModuleScore::complete);
    }

    public Optional<ModuleScore> module(String code) {
        return modules.stream().filter(m -> m.module().equals(code)).findFirst();
    }

}
