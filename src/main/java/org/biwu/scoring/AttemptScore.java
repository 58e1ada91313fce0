package org.biwu.scoring;

import java.math.BigDecimal;

/**
 * @param attempt       attempt number, from 1
 * @param score         points, rounded to the event's decimals; null until the attempt is complete
 * @param marksIn       marks given so far
 * @param marksExpected marks the aspect expects (its judges)
 */
public record AttemptScore(int attempt, BigDecimal score, int marksIn, int marksExpected) {

    public boolean complete() {
        return marksIn == marksExpected;
    }
}
