package org.biwu.competition;

import java.time.OffsetDateTime;
import org.biwu.organizations.Organization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One decision of the review of a declared labor competition. */
@Type("CompetitionReview")
@Description("One decision of the review of a declared labor competition: which organization decided what, who, when and why.")
public record CompetitionReview(
        @NonNull Organization organization,
        @NonNull ReviewDecision decision,
        @Description("The login that decided.") @NonNull String reviewer,
        @Description("The reviewer's note (required for RETURN).") String note,
        @NonNull OffsetDateTime decidedAt) {
}
