package org.biwu.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * One registration's marks in one round: aspect code → attempt number (from 1) → marks.
 * Mutable builder-style holder; the engine only reads it.
 */
public final class CompetitorMarks {

    private final Map<String, Map<Integer, AttemptMarks>> byAspect = new HashMap<>();

    public CompetitorMarks put(String aspect, int attempt, AttemptMarks marks) {
        byAspect.computeIfAbsent(aspect, a -> new HashMap<>()).put(attempt, marks);
        return this;
    }

    /** The marks of this attempt; none given yet is an empty attempt. */
    public AttemptMarks get(String aspect, int attempt) {
        Map<Integer, AttemptMarks> attempts = byAspect.get(aspect);
        AttemptMarks marks = attempts == null ? null : attempts.get(attempt);
        return marks == null ? new AttemptMarks(null, java.util.List.of()) : marks;
    }
}
