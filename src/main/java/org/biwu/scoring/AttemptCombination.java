package org.biwu.scoring;

/** How the scores of an aspect's attempts combine into the aspect score. Incomplete attempts take no part. */
public enum AttemptCombination {
    /** Every complete attempt counts (diving: a round is the sum of its dives). */
    SUM,
    /** The best complete attempt counts (halfpipe: best run). */
    BEST,
    /** Mean of the complete attempts. */
    AVERAGE
}
