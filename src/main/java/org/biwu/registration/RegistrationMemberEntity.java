package org.biwu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;

/** One person a registration stands for; position 0 is the competitor. */
@Entity
@Table(name = "registration_member")
@IdClass(RegistrationMemberEntity.Key.class)
public class RegistrationMemberEntity {

    @Id
    @Column(name = "registration_id")
    public Long registrationId;

    @Id
    public Integer position;

    @Column(name = "person_id")
    public Long personId;

    /** The person's skill level as registered (the person's current level may have changed since). */
    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level")
    public SkillLevel skillLevel;

    /** The person's category as registered. */
    @Enumerated(EnumType.STRING)
    public PersonCategory category;

    public record Key(Long registrationId, Integer position) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
