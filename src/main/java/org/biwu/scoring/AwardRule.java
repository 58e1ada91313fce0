package org.biwu.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named result of the last round (金牌, 一等奖, 优胜奖, Medallion for Excellence). Every bound
 * given must hold; bounds left null do not apply.
 *
 * @param rankFrom    smallest rank, inclusive
 * @param rankTo      largest rank, inclusive
 * @param percentFrom percent band of ranked entries: rank r of N qualifies when
 *                    N × percentFrom / 100 &lt; r ≤ N × percentTo / 100
 * @param percentTo   see percentFrom
 * @param minTotal    smallest ranking total, inclusive, in points
 */
public record AwardRule(String name, Integer rankFrom, Integer rankTo, BigDecimal percentFrom, BigDecimal percentTo,
                        BigDecimal minTotal) {

    public AwardRule {
        Objects.requireNonNull(name, "name");
    }

    public static AwardRule ranks(String name, int from, int to) {
        return new AwardRule(name, from, to, null, null, null);
    }
}
