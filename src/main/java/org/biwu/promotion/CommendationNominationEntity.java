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

/** A unit's nomination of one of its workers for 先进个人, and the organizer's decision (table commendation_nomination). */
@Entity
@Table(name = "commendation_nomination")
public class CommendationNominationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id")
    public Long competitionId;

    @Column(name = "registration_id")
    public Long registrationId;

    @Column(name = "person_id")
    public Long personId;

    /** 主要事迹: what the worker did, in the unit's words. */
    public String citation;

    @Enumerated(EnumType.STRING)
    public NominationStatus status;

    @Column(name = "nominated_by")
    public String nominatedBy;

    @Column(name = "nominated_at")
    public OffsetDateTime nominatedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The organizer's note with the decision (required for a rejection). */
    public String note;

    /** The TITLE outcome an approval granted. */
    @Column(name = "outcome_id")
    public Long outcomeId;
}
