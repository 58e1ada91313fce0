package org.biwu.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.biwu.db.Database;
import org.biwu.db.JsonText;
import org.biwu.security.Access;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The audit trail of corrections: every edit, withdrawal, disqualification, reinstatement,
 * removal, replacement and aspect assignment is recorded in the transaction that makes it, with
 * who, when, the fields before and after, and the reason. Marks keep their own trail (mark_audit).
 */
@ApplicationScoped
public class ChangeHistory {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    ObjectMapper json;

    /** What was corrected: a record of the API type {@code subject} and its number, under its name. */
    public record Subject(long competition, String subject, long id, String name) {
    }

    /**
     * Records a correction in the caller's transaction. Changes that are null (a field left as it
     * was) are dropped; an UPDATED with no change left records nothing.
     */
    public Uni<Void> record(Mutiny.Session s, Subject subject, ChangeAction action, List<FieldChange> changes, String reason) {
        List<FieldChange> changed = changes.stream().filter(Objects::nonNull).toList();
        if (action == ChangeAction.UPDATED && changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        RecordChangeEntity e = new RecordChangeEntity();
        e.competitionId = subject.competition();
        e.subject = subject.subject();
        e.subjectId = subject.id();
        e.subjectName = subject.name();
        e.action = action;
        e.changes = write(changed);
        e.reason = reason;
        e.changedBy = access.username();
        e.changedAt = OffsetDateTime.now();
        return s.persist(e);
    }

    /**
     * What the last correction of {@code field} of a record changed it from, in the caller's session;
     * null when it was never corrected.
     */
    public Uni<String> lastFrom(Mutiny.Session s, String subject, long id, String field) {
        return s.createSelectionQuery("from RecordChangeEntity where subject = :s and subjectId = :id order by id desc",
                RecordChangeEntity.class).setParameter("s", subject).setParameter("id", id).getResultList()
                .map(rows -> rows.stream().flatMap(e -> read(e.changes).stream()).filter(c -> c.field().equals(field))
                        .map(FieldChange::from).findFirst().orElse(null));
    }

    /** Every correction of a competition and of what belongs to it, newest first. */
    public Uni<List<RecordChange>> ofCompetition(long competition) {
        return db.read(s -> s.createSelectionQuery("from RecordChangeEntity where competitionId = :c order by id desc",
                RecordChangeEntity.class).setParameter("c", competition).getResultList()).map(this::published);
    }

    /** Every correction of one record, newest first. */
    public Uni<List<RecordChange>> of(String subject, long id) {
        return db.read(s -> s.createSelectionQuery("from RecordChangeEntity where subject = :s and subjectId = :id order by id desc",
                RecordChangeEntity.class).setParameter("s", subject).setParameter("id", id).getResultList()).map(this::published);
    }

    private List<RecordChange> published(List<RecordChangeEntity> rows) {
        return rows.stream().map(e -> new RecordChange(e, read(e.changes))).toList();
    }

    private String write(List<FieldChange> changes) {
        return JsonText.write(json, changes);
    }

    private List<FieldChange> read(String text) {
        return JsonText.read(json, text, new TypeReference<List<FieldChange>>() { }, "stored change");
    }
}
