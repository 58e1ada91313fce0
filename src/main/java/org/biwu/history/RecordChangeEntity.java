package org.biwu.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One stored correction (table record_change). */
@Entity
@Table(name = "record_change")
public class RecordChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id")
    public Long competitionId;

    /** The API type of the record corrected: Competition, Event, Registration, JudgeAssignment. */
    public String subject;

    @Column(name = "subject_id")
    public Long subjectId;

    /** The record's name when corrected (the competitor's, the judge's …), so the history reads without the record. */
    @Column(name = "subject_name")
    public String subjectName;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    /** JSON array of {@link FieldChange}. */
    public String changes;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
