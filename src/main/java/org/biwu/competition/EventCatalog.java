package org.biwu.competition;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.biwu.db.Database;
import org.biwu.db.JsonText;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Events by number, kept in memory, so the hot path (a mark's way from submitMarks to the
 * standings) does not read them again. A correction of an event raises its revision and, once
 * committed, tells every replica ({@code biwu_event}), which forgets its copy and reads the event
 * afresh; a mark's transaction compares the stored revision with the copy's and reads the event
 * afresh when they differ, so a copy read before the correction committed is never used to check marks.
 */
@ApplicationScoped
public class EventCatalog {

    @Inject
    Database db;

    @Inject
    ObjectMapper json;

    private final Map<Long, Event> events = new ConcurrentHashMap<>();

    /** The event, or null when there is none with this number. */
    public Uni<Event> find(long number) {
        Event cached = events.get(number);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return db.read(s -> find(s, number));
    }

    /** The event, read in the caller's session when not cached. */
    public Uni<Event> find(Mutiny.Session session, long number) {
        Event cached = events.get(number);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return session.find(EventEntity.class, number).map(e -> e == null ? null : remember(e));
    }

    /** The events of a competition, in creation order. */
    public Uni<List<Event>> ofCompetition(long competition) {
        return db.read(s -> s.createQuery("from EventEntity where competitionId = :c order by id", EventEntity.class)
                .setParameter("c", competition).getResultList()
                .map(list -> list.stream().map(this::remember).toList()));
    }

    /** The event at the entity's revision, kept unless a newer one is kept already. */
    Event remember(EventEntity entity) {
        return events.compute(entity.id, (id, kept) -> kept != null && kept.revision() >= entity.revision ? kept
                : new Event(entity, scheme(entity.scheme)));
    }

    /** The event as stored now, read in the caller's session (a copy of an older revision is replaced). */
    public Uni<Event> fresh(Mutiny.Session session, long number) {
        return session.find(EventEntity.class, number).map(e -> e == null ? null : remember(e));
    }

    /** The event as stored now, read in a session of its own (a copy of an older revision is replaced). */
    public Uni<Event> reload(long number) {
        return db.read(s -> fresh(s, number));
    }

    /** Forgets the copy of an event that was corrected (any replica). */
    public void forget(long number) {
        events.remove(number);
    }

    /** The stored marking scheme of an entity. */
    Scheme schemeOf(EventEntity entity) {
        return scheme(entity.scheme);
    }

    String write(Scheme scheme) {
        return JsonText.write(json, scheme);
    }

    private Scheme scheme(String text) {
        return JsonText.read(json, text, Scheme.class, "stored marking scheme");
    }
}
