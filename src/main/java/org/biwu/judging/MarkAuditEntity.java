package org.biwu.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One entry of an event's audit trail (V12): a mark entered or corrected (who, when, the value before
 * and after), a module locked or reopened. Entries are only appended: the database copies a mark
 * entry's slot from its mark, numbers the entry in its event's chain and hashes it; it refuses every
 * update and delete.
 */
@Entity
@Table(name = "mark_audit")
public class MarkAuditEntity {

    @Id
    // the identity column's own sequence, 50 ids per call (V3): inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mark_audit_ids")
    @SequenceGenerator(name = "mark_audit_ids", sequenceName = "mark_audit_id_seq", allocationSize = 50)
    public Long id;

    /** The mark entered or corrected; null for a lock or a reopening. */
    @Column(name = "mark_id")
    public Long markId;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    /** Set for entries without a mark; the database copies a mark's. */
    @Column(name = "event_id")
    public Long eventId;

    /** Set for entries without a mark; the database copies a mark's. */
    public String round;

    /** The module locked or reopened; null for a mark entry. */
    public String module;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    public BigDecimal value;

    public BigDecimal difficulty;

    public boolean conflict;

    /** The assessor's note: what was inspected, what was found; null when none. */
    public String note;

    /** Why: a reopening's reason, an appeal's decision. */
    public String reason;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
