package org.biwu.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person as stored (table person): name, login, current skill level and category, and the
 * national id number as a hash (to find them), encrypted (for HR) and masked (to show).
 */
@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level")
    public SkillLevel skillLevel;

    @Enumerated(EnumType.STRING)
    public PersonCategory category;

    public String username;

    /** The employer or school (所在单位), or null. */
    @Column(name = "organization_id")
    public Long organizationId;

    /** Keyed hash of the national id number, to find the person again; see {@link NationalIds}. */
    @Column(name = "national_id_hash")
    public String nationalIdHash;

    @Column(name = "national_id_encrypted")
    public String nationalIdEncrypted;

    @Column(name = "national_id_masked")
    public String nationalIdMasked;
}
