package org.biwu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A registration in an event as stored (table registration): bib, team, unit, status and its
 * reason; the members with their level and category as registered are RegistrationMemberEntity rows.
 */
@Entity
@Table(name = "registration")
public class RegistrationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "person_id")
    public Long personId;

    public String bib;

    /** 抽签号: drawn at random when the competition starts RUNNING (V15); null before. */
    @Column(name = "draw_code")
    public String drawCode;

    public String team;

    public String affiliation;

    /** The unit it competes for (an organization), or null. */
    @Column(name = "unit_id")
    public Long unitId;

    /** 参赛职工人数: the workers the unit brings, or null when not given. */
    public Integer participants;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** Why it was withdrawn or disqualified; null otherwise. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
