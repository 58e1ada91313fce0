package org.biwu.judging;

import org.eclipse.microprofile.graphql.Description;

/** A judging role in one event. */
public enum JudgeRole {
    /** 裁判员: marks competitors. */
    JUDGE,
    /** 裁判长: leads the event's panel; may mark and enter marks on a judge's behalf. */
    @Description("裁判长")
    CHIEF_JUDGE,
    /** 记分员: enters marks from paper sheets on behalf of judges. */
    @Description("记分员: enters marks from paper sheets on behalf of judges.")
    SCOREKEEPER;

    /** True for the roles whose own marks count (a scorekeeper only types in others'). */
    public boolean marks() {
        return this != SCOREKEEPER;
    }
}
