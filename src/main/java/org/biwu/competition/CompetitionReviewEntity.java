package org.biwu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One review decision on a declared competition as stored (table competition_review, rows only ever added). */
@Entity
@Table(name = "competition_review")
public class CompetitionReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id")
    public long competitionId;

    /** The organization that decided: where the declaration waited. */
    @Column(name = "organization_id")
    public long organizationId;

    @Enumerated(EnumType.STRING)
    public ReviewDecision decision;

    /** The login that decided. */
    public String reviewer;

    public String note;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
