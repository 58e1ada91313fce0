package org.biwu.judging;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A paper-sheet slot (one judge's mark for one attempt) whose two scorekeepers' entries differ, for
 * the chief judge to settle by entering the mark. Registration and judge come from {@link AuditGraphQLApi}.
 */
@Description("A paper-sheet slot whose entries differ (doubleEntry): the chief judge settles it by entering the mark.")
public record MarkDiscrepancy(
        @NonNull String aspect,
        int attempt,
        @NonNull @Description("The differing entries, each with who typed it, oldest first.") List<@NonNull MarkEntry> entries,
        @Ignore long registrationNumber,
        @Ignore long judgeNumber) {

    @Override
    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Override
    @Ignore
    public long judgeNumber() {
        return judgeNumber;
    }

    /** What one scorekeeper typed. */
    @Description("What one scorekeeper typed from the paper sheet.")
    public record MarkEntry(@Description("In points.") double value, @NonNull String enteredBy, @NonNull OffsetDateTime enteredAt) {
    }
}
