package org.biwu.scoring;

/** How the marks of one attempt of an aspect combine into one value, before difficulty and scale. */
public enum MarkAggregation {
    /** Exactly one mark (a consensus or measured value). */
    SINGLE,
    /** Arithmetic mean of all marks. */
    MEAN,
    /** Middle mark; the mean of the two middle marks when their number is even. */
    MEDIAN,
    /** Mean after dropping the dropHighest highest and dropLowest lowest marks (去掉最高分和最低分). */
    TRIMMED_MEAN,
    /** Sum after dropping the dropHighest highest and dropLowest lowest marks (diving: 7 judges, 2 and 2 dropped). */
    TRIMMED_SUM,
    /** Sum of all marks. */
    SUM
}
