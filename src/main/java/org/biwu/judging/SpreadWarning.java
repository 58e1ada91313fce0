package org.biwu.judging;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An attempt whose marks lie further apart than its aspect's maxSpread: every mark of the attempt in
 * the panel's order, and the spread (highest minus lowest), in points. The registration comes from
 * {@link AuditGraphQLApi}.
 */
@Description("An attempt whose marks lie further apart than its aspect's maxSpread.")
public record SpreadWarning(
        @NonNull String aspect,
        int attempt,
        @NonNull @Description("Every mark of the attempt, one per judge, in the panel's order, in points.") List<@NonNull Double> values,
        @Description("Highest minus lowest mark, in points.") double spread,
        @Ignore long registrationNumber,
        @Ignore String round) {

    @Override
    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Override
    @Ignore
    public String round() {
        return round;
    }
}
