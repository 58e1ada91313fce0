package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A weighted part of a round (理论知识考试, 技能操作考核, a test-project module).
 *
 * @param code     unique within the round
 * @param weight   factor of the module score in the round total (theory 30 % = 0.3)
 * @param passMark module score needed to pass, in points; null when the module has none
 * @param aspects   the module's aspects
 * @param baseScore 基础分, in points: module score = baseScore + ADD aspect scores − DEDUCT aspect scores
 * @param maxScore  the module score's cap, in points (a module of 加分项); null when uncapped. The module
 *                  score is never below 0 either (扣完为止).
 */
public record ModuleRule(String code, BigDecimal weight, BigDecimal passMark, List<AspectRule> aspects,
                         BigDecimal baseScore, BigDecimal maxScore) {

    public ModuleRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(baseScore, "baseScore");
        aspects = List.copyOf(aspects);
    }

    /** A module that starts at 0 and has no cap: its score is the sum of its aspect scores. */
    public ModuleRule(String code, BigDecimal weight, BigDecimal passMark, List<AspectRule> aspects) {
        this(code, weight, passMark, aspects, BigDecimal.ZERO, null);
    }
}
