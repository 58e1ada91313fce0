package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param module  module code
 * @param score   base score + added − deducted aspect scores, within 0 and the cap, in points (unweighted);
 *                null while no aspect has a score
 * @param passed  score ≥ pass mark; null when the module has no pass mark or no score yet
 * @param aspects the module's aspects
 */
public record ModuleScore(String module, BigDecimal score, Boolean passed, List<AspectScore> aspects) {

    public boolean complete() {
        return aspects.stream().allMatch(AspectScore::complete);
    }
}
