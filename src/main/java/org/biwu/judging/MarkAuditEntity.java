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

/** A mark entered or corrected: who, when, the value before and after. */
@Entity
@Table(name = "mark_audit")
public class MarkAuditEntity {

    /** ENTERED for a new mark, CORRECTED for a new value of a stored one. */
    public static final String ENTERED = "ENTERED";
    public static final String CORRECTED = "CORRECTED";

    @Id
    // the identity column's own sequence, 50 ids per call (V3): inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mark_audit_ids")
    @SequenceGenerator(name = "mark_audit_ids", sequenceName = "mark_audit_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "mark_id")
    public Long markId;

    public String action;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    public BigDecimal value;

    public BigDecimal difficulty;

    public boolean conflict;

    /** The assessor's note: what was inspected, what was found; null when none. */
    public String note;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
