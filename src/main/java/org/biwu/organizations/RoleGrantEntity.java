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
import org.biwu.security.ScopedRole;

/**
 * A grant as stored (table role_grant): who was given which role over which organization, by whom
 * and when; revoking one fills in {@link #revokedBy} and {@link #revokedAt}, and the row stays.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Enumerated(EnumType.STRING)
    public ScopedRole role;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
