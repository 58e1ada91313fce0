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

/** Every decision on an outcome: who, when, approved or rejected, with the note. */
@Entity
@Table(name = "promotion_decision_audit")
public class PromotionDecisionAuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "outcome_id")
    public Long outcomeId;

    @Enumerated(EnumType.STRING)
    public OutcomeStatus status;

    public String note;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
