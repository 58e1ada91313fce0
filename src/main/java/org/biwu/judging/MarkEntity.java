package org.biwu.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One judge's mark for one attempt of one aspect. */
@Entity
@Table(name = "mark")
public class MarkEntity {

    @Id
    // the identity column's own sequence, 50 ids per call (V3): inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mark_ids")
    @SequenceGenerator(name = "mark_ids", sequenceName = "mark_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "registration_id")
    public Long registrationId;

    public String round;

    public String aspect;

    public int attempt;

    @Column(name = "judge_id")
    public Long judgeId;

    public BigDecimal difficulty;

    public BigDecimal value;

    public boolean conflict;

    /** The assessor's note: what was inspected, what was found; null when none. */
    public String note;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
