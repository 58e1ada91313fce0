package org.biwu.competition;

import java.util.List;
import org.biwu.organizations.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A competition's declaration: where it stands, where it waits, who approved it, and every decision so far. */
@Type("CompetitionApproval")
@Description("A labor competition's declaration and review (申报, 审核推荐, 纳入管理).")
public record CompetitionApproval(
        @NonNull ApprovalStatus status,
        @Description("Where the declaration waits (DECLARED).") Organization pendingAt,
        @Description("Who took it into management (APPROVED).") Organization approvedBy,
        @Description("Every decision so far, oldest first.") @NonNull List<@NonNull CompetitionReview> reviews) {
}
