package org.biwu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A competition as stored (table competition): its facts, status and results visibility. */
@Entity
@Table(name = "competition")
public class CompetitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public CompetitionKind kind;

    @Enumerated(EnumType.STRING)
    public CompetitionLevel level;

    @Enumerated(EnumType.STRING)
    public CompetitionStatus status;

    @Column(name = "organizer_name")
    public String organizerName;

    /** The organization that runs it (主办单位); never changes. */
    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_visibility")
    public ResultsVisibility resultsVisibility;

    /** When its results were published (V14); null before. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The end of the notice period (公示期) that publishing started; null before. */
    @Column(name = "notice_ends_at")
    public OffsetDateTime noticeEndsAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Where its declaration stands: NOT_DECLARED for every skill competition. */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_status")
    public ApprovalStatus approvalStatus = ApprovalStatus.NOT_DECLARED;

    /** The organization where the declaration waits (DECLARED), else null. */
    @Column(name = "pending_at")
    public Long pendingAt;

    /** The organization that took it into management (APPROVED), else null. */
    @Column(name = "approved_by")
    public Long approvedBy;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
