package org.biwu.judging;

import java.time.OffsetDateTime;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One judge's mark for one attempt of one aspect; registration and judge come from {@link JudgingGraphQLApi}. */
@Description("One judge's mark for one attempt of one aspect.")
public class Mark implements Node {

    private final String id;
    @NonNull
    public final String round;
    @NonNull
    @Description("Aspect code.")
    public final String aspect;
    public final int attempt;
    @Description("Difficulty coefficient of the attempt (a dive's DD); null when the aspect has none.")
    public final Double difficulty;
    @Description("The mark, in points.")
    public final double value;
    @Description("The judge shares the competitor's affiliation (recorded under the FLAG conflict policy).")
    public final boolean conflict;
    @NonNull
    public final OffsetDateTime updatedAt;
    @Description("The assessor's note: what was inspected, what was found (e.g. 3月12日安全检查：未系安全带，扣2分).")
    public final String note;

    private final long registrationNumber;
    private final long judgeNumber;

    public Mark(MarkEntity m) {
        this.id = NodeId.of("Mark", m.id);
        this.round = m.round;
        this.aspect = m.aspect;
        this.attempt = m.attempt;
        this.difficulty = m.difficulty == null ? null : m.difficulty.doubleValue();
        this.value = m.value.doubleValue();
        this.conflict = m.conflict;
        this.updatedAt = m.updatedAt;
        this.note = m.note;
        this.registrationNumber = m.registrationId;
        this.judgeNumber = m.judgeId;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Ignore
    public long judgeNumber() {
        return judgeNumber;
    }
}
