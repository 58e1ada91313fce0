package org.biwu.scoring;

/** How an aspect's score counts in its module (labor competitions' 加分项, 扣分项 and 一票否决). */
public enum AspectEffect {
    /** Added to the module score (the default). */
    ADD,
    /** Subtracted from the module score (扣分项); the module score never goes below 0 (扣完为止). */
    DEDUCT,
    /**
     * 一票否决: marks are 0 or 1; an attempt whose aggregated mark is above 0 vetoes the registration in
     * its round and in every round whose ranking includes that round (no rank, no award, no banner).
     * Adds nothing to any score.
     */
    VETO
}
