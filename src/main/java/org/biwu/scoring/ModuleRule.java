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
 * @param aspects  the module's aspects; module score = sum of their scores
 */
public record ModuleRule(String code, BigDecimal weight, BigDecimal passMark, List<AspectRule> aspects) {

    public ModuleRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        aspects = List.copyOf(aspects);
    }
}
