package org.biwu.promotion;

import java.time.OffsetDateTime;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.people.SkillLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** What a result earned a person under a policy; its person, registration and policy come from {@link PromotionGraphQLApi}. */
@Description("What a result earns a person under a policy: PROPOSED by evaluation, then APPROVED or REJECTED by HR.")
public class PromotionOutcome implements Node {

    private final String id;
    @NonNull
    public final OutcomeKind kind;
    public final SkillLevel fromLevel;
    public final SkillLevel toLevel;
    public final String title;
    @NonNull
    public final OutcomeStatus status;
    @NonNull
    @Description("Why: the policy, the rule and the facts that matched (rank, field size, award, module passes).")
    public final String reason;
    @Description("HR's note with the decision (the reason of a rejection).")
    public final String note;
    @Description("Login of who decided; null while PROPOSED.")
    public final String decidedBy;
    public final OffsetDateTime decidedAt;
    @Description("The calendar year the outcome counts for (one level a year through competitions).")
    public final int year;

    private final long number;
    private final long personNumber;
    private final long registrationNumber;
    private final long policyNumber;
    private final long competitionNumber;

    /** @param reason the reason written in the reader's language ({@link PromotionReasons}) */
    public PromotionOutcome(PromotionOutcomeEntity e, String reason) {
        this.number = e.id;
        this.id = NodeId.of("PromotionOutcome", e.id);
        this.kind = e.kind;
        this.fromLevel = e.fromLevel;
        this.toLevel = e.toLevel;
        this.title = e.title;
        this.status = e.status;
        this.reason = reason;
        this.note = e.note;
        this.decidedBy = e.decidedBy;
        this.decidedAt = e.decidedAt;
        this.year = e.year;
        this.personNumber = e.personId;
        this.registrationNumber = e.registrationId;
        this.policyNumber = e.policyId;
        this.competitionNumber = e.competitionId;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long number() {
        return number;
    }

    @Ignore
    public long personNumber() {
        return personNumber;
    }

    @Ignore
    public long registrationNumber() {
        return registrationNumber;
    }

    @Ignore
    public long policyNumber() {
        return policyNumber;
    }

    @Ignore
    public long competitionNumber() {
        return competitionNumber;
    }
}
