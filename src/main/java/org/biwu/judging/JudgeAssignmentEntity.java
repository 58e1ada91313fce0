package org.biwu.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.biwu.db.StringListJson;

/**
 * A place on an event's judging panel as stored (table judge_assignment): who, in which role, with
 * which login (and whether the identity server knew it), the aspects given, and who took over.
 */
@Entity
@Table(name = "judge_assignment")
public class JudgeAssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    public String name;

    public String affiliation;

    @Enumerated(EnumType.STRING)
    public JudgeRole role;

    public String username;

    /** The aspect codes this judge marks, in every round that has them; empty: every aspect. */
    @Convert(converter = StringListJson.class)
    public List<String> aspects = List.of();

    /** The judge who took over this place (the marks given stay this judge's); null while this judge marks. */
    @Column(name = "replaced_by")
    public Long replacedBy;

    /** Whether the identity server knew the login when the panel was saved; null without a login. */
    @Column(name = "login_verified")
    public Boolean loginVerified;

    /** True while this judge marks (not replaced). */
    public boolean active() {
        return replacedBy == null;
    }

    /** True when this judge marks {@code aspect}: it is among their aspects, or they are given none. */
    public boolean marksAspect(String aspect) {
        return aspects.isEmpty() || aspects.contains(aspect);
    }
}
