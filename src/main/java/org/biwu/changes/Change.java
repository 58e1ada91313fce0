package org.biwu.changes;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One change of the partners' feed, in commit order; its node comes from {@link ChangesGraphQLApi}. */
@Description("One change, in commit order; a cursor once seen is never followed by an older change.")
public record Change(
        @NonNull ChangeKind kind,
        @NonNull OffsetDateTime at,
        @Ignore long sequence,
        @Ignore String nodeType,
        @Ignore long nodeNumber) {

    @Override
    @Ignore
    public long sequence() {
        return sequence;
    }

    @Override
    @Ignore
    public String nodeType() {
        return nodeType;
    }

    @Override
    @Ignore
    public long nodeNumber() {
        return nodeNumber;
    }
}
