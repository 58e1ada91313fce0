package org.biwu.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How many of its workers a participating unit (a registration) may nominate for 先进个人 (table commendation_quota). */
@Entity
@Table(name = "commendation_quota")
public class CommendationQuotaEntity {

    @Id
    @Column(name = "registration_id")
    public Long registrationId;

    @Column(name = "competition_id")
    public Long competitionId;

    public int quota;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public OffsetDateTime setAt;
}
