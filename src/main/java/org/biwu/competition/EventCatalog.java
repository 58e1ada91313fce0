package org.biwu.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.biwu.db.Database;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Events by number, kept in memory: an event and its marking scheme never change after creation,
 * so the hot path (a mark's way from submitMarks to the standings) never reads them again.
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

    Event remember(EventEntity entity) {
        return events.computeIfAbsent(entity.id, id -> new Event(entity, scheme(entity.scheme)));
    }

    String write(Scheme scheme) {
        try {
            return json.writeValueAsString(scheme);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("marking scheme not writable as JSON", e);
        }
    }

    private Scheme scheme(String text) {
        try {
            return json.readValue(text, Scheme.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored marking scheme unreadable", e);
        }
    }
}
