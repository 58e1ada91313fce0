package org.biwu.competition;

import java.time.LocalDate;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A competition as the API publishes it; its events come from {@link CompetitionGraphQLApi}. */
@Description("劳动和技能竞赛: a labor or skill competition with its events.")
public class Competition implements Node {

    private final String id;
    private final long organizationNumber;
    private final ApprovalStatus approvalStatus;
    private final Long pendingAt;
    private final Long approvedBy;
    @NonNull
    public final String name;
    @NonNull
    public final CompetitionKind kind;
    @NonNull
    public final CompetitionLevel level;
    @NonNull
    public final CompetitionStatus status;
    public final String organizerName;
    public final LocalDate startsOn;
    public final LocalDate endsOn;
    @NonNull
    public final ResultsVisibility resultsVisibility;
    @Description("成绩公示: set once the results are PUBLISHED; null before.")
    public final Publication publication;

    public Competition(CompetitionEntity e) {
        this.id = NodeId.of("Competition", e.id);
        this.name = e.name;
        this.kind = e.kind;
        this.level = e.level;
        this.status = e.status;
        this.organizerName = e.organizerName;
        this.publication = e.publishedAt == null ? null : new Publication(e.publishedAt, e.noticeEndsAt, e.publishedBy);
        this.organizationNumber = e.organizationId;
        this.startsOn = e.startsOn;
        this.endsOn = e.endsOn;
        this.resultsVisibility = e.resultsVisibility;
        this.approvalStatus = e.approvalStatus;
        this.pendingAt = e.pendingAt;
        this.approvedBy = e.approvedBy;
    }

    @Ignore
    public ApprovalStatus approvalStatus() {
        return approvalStatus;
    }

    /** The number of the organization where the declaration waits, or null. */
    @Ignore
    public Long pendingAtNumber() {
        return pendingAt;
    }

    /** The number of the organization that approved it, or null. */
    @Ignore
    public Long approvedByNumber() {
        return approvedBy;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    /** The number of the organization that runs it. */
    @Ignore
    public long organizationNumber() {
        return organizationNumber;
    }

    @Ignore
    public long number() {
        return NodeId.parse("Competition", id);
    }
}
