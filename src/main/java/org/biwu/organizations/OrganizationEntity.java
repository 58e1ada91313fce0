package org.biwu.organizations;

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
 * An organization as stored (table organization). Its {@link #path} (the ids from the root down
 * to it, {@code /1/4/9/}) is set by the database when it is inserted and never changes: an
 * organization does not move.
 */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    /** 统一社会信用代码, or null. */
    public String code;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "parent_id")
    public Long parentId;

    /** Set by the database's trigger on insert (read back after it); never written by the service. */
    @Column(insertable = false, updatable = false)
    public String path;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
