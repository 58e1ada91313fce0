package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param aspect   aspect code
 * @param score    the attempts combined, in points; null while no attempt is complete
 * @param attempts every attempt the aspect expects, complete or not
 */
public record AspectScore(String aspect, BigDecimal score, List<AttemptScore> attempts) {

    public boolean complete() {
        return attempts.stream().allMatch(AttemptScore::complete);
    }
}
