package org.biwu.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.biwu.people.SkillLevel;

/**
 * What a promotion policy grants one registration's person, as stored (table promotion_outcome):
 * the kind, levels or title, the reason's facts, and HR's decision.
 */
@Entity
@Table(name = "promotion_outcome")
public class PromotionOutcomeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id")
    public Long competitionId;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "registration_id")
    public Long registrationId;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "policy_id")
    public Long policyId;

    /** The calendar year the competition counts for (once-per-year policies). */
    public int year;

    @Enumerated(EnumType.STRING)
    public OutcomeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public SkillLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public SkillLevel toLevel;

    public String title;

    @Enumerated(EnumType.STRING)
    public OutcomeStatus status;

    public String reason;

    /** The reason's facts (an {@link OutcomeReason} as JSON), written in each reader's language; null for older outcomes. */
    @Column(name = "reason_facts")
    public String reasonFacts;

    public String note;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
