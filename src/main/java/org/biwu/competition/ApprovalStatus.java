package org.biwu.competition;

import org.eclipse.microprofile.graphql.Description;

/** Where a labor competition stands in its declaration (申报) and review (审核推荐, 逐级上报). */
@Description("Where a labor competition stands in its declaration (申报) and review (审核推荐, 逐级上报).")
public enum ApprovalStatus {
    @Description("Not declared yet (or a skill competition, which needs no approval).")
    NOT_DECLARED,
    @Description("Waiting at pendingAt.")
    DECLARED,
    @Description("Sent back to the declaring organization with a note; it may change the plan and declare again.")
    RETURNED,
    @Description("Taken into management by approvedBy.")
    APPROVED
}
