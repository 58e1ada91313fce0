package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The marks given so far for one attempt of one aspect.
 *
 * @param difficulty the attempt's difficulty coefficient (a dive's DD); null means 1
 * @param values     one value per judge, in points, any order
 */
public record AttemptMarks(BigDecimal difficulty, List<BigDecimal> values) {

    public AttemptMarks {
        values = List.copyOf(values);
    }

    public static AttemptMarks of(String difficulty, String... values) {
        return new AttemptMarks(difficulty == null ? null : new BigDecimal(difficulty),
                java.util.Arrays.stream(values).map(BigDecimal::new).toList());
    }
}
