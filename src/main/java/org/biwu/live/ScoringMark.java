package org.biwu.live;

import java.math.BigDecimal;

/**
 * A stored mark as the scoring engine needs it: the registration's number, the round and aspect
 * codes, the attempt (from 1), the attempt's difficulty (null when the aspect has none) and the
 * judge's mark in points.
 */
record ScoringMark(long registration, String round, String aspect, int attempt, BigDecimal difficulty, BigDecimal value) {
}
