package org.biwu.judging;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the caller stands towards one event's judging: whether they organize its competition, and
 * their places on its panel. What they may see and do of its marks follows from it, the one way every
 * judging service asks ({@link PanelService#standingOf}).
 */
public record PanelStanding(boolean organizer, List<JudgeAssignment> places) {

    /** Organizers, chief judges and scorekeepers see every mark of the event. */
    public boolean seesAllMarks() {
        return organizer || places.stream().anyMatch(p -> p.role != JudgeRole.JUDGE);
    }

    /** The caller's own places (judges' assignments), whose marks they see at least. */
    public Set<Long> ownJudges() {
        return places.stream().map(JudgeAssignment::number).collect(Collectors.toSet());
    }

    /** A chief judge of the panel who has not been replaced. */
    public boolean leadsPanel() {
        return places.stream().anyMatch(p -> p.role == JudgeRole.CHIEF_JUDGE && p.active);
    }

    /**
     * 二次加密: in an anonymousJudging event, a caller whose only places on the panel are judges' (no chief
     * judge's, scorekeeper's, nor an organizer of the competition) knows each registration only by its draw code.
     */
    public boolean knowsOnlyDrawCodes() {
        return !organizer && !places.isEmpty() && places.stream().allMatch(p -> p.role == JudgeRole.JUDGE);
    }

    /** Organizers and the panel's chief judges: they read the audit trail. */
    public boolean readsAuditTrail() {
        return organizer || leadsPanel();
    }
}
