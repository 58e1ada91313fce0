package org.biwu.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.competition.Event;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one place that publishes a standings change: a change of marks is recorded in the
 * transaction that made it and, when (and only if) that transaction commits, the round's version
 * rises and PostgreSQL NOTIFYs every replica (this one too) — the deferred trigger of
 * {@code V4__standings_version_at_commit.sql} does that part inside the database; new
 * registrations take the same way. {@link LiveStandings} listens and updates the standings.
 */
@ApplicationScoped
public class StandingsChanges {

    /** Also named in V4's trigger function, which sends the standings changes. */
    static final String STANDINGS_CHANNEL = "biwu_standings";
    static final String COMPETITION_CHANNEL = "biwu_competition";
    static final String EVENT_CHANNEL = "biwu_event";

    @Inject
    Database db;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Inject
    ObjectMapper json;

    @Inject
    LiveStandings live;

    /** Every round of a new event starts at version 0. */
    public Uni<Void> createRounds(Mutiny.Session s, long event, List<String> rounds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String round : rounds) {
            chain = chain.chain(() -> s.createNativeQuery("insert into standings_state (event_id, round) values (:e, :r)")
                    .setParameter("e", event).setParameter("r", round).executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    /** The submission whose stored answer (mark_submission) takes the new version of {@code round}. */
    public record Answer(String round, String username, String idempotencyKey) {
    }

    /**
     * In the caller's transaction: records that the marks of {@code changed} (round → registration
     * numbers) changed. When the transaction commits, the version of every changed round and of
     * every later round that carries it over rises by one and every replica is notified (V4's
     * deferred trigger); {@code answer}'s stored answer takes its round's new version. Nothing
     * here locks the round: its row is locked only while the transaction commits. Returns the
     * rounds whose versions will rise.
     */
    public Uni<Set<String>> marksChanged(Mutiny.Session s, Event event, Map<String, Set<Long>> changed, Answer answer) {
        Map<String, Set<Long>> affected = new LinkedHashMap<>();
        for (Round round : event.rounds) {
            Set<Long> regs = new LinkedHashSet<>();
            if (changed.containsKey(round.code())) {
                regs.addAll(changed.get(round.code()));
            }
            for (String included : round.rankingIncludes()) {
                regs.addAll(affected.getOrDefault(included, Set.of()));
            }
            if (!regs.isEmpty()) {
                affected.put(round.code(), regs);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, Set<Long>> e : affected.entrySet()) {
            boolean answers = answer != null && answer.idempotencyKey() != null && e.getKey().equals(answer.round());
            List<Long> regs = e.getValue().size() > StandingsChange.MAX_LISTED ? null : new ArrayList<>(e.getValue());
            chain = chain.chain(() -> s.createNativeQuery("insert into standings_touch "
                            + "(event_id, round, registrations, username, idempotency_key) values (:e, :r, :regs, :u, :k)")
                    .setParameter("e", event.number()).setParameter("r", e.getKey())
                    .setParameter("regs", regs == null ? null : write(regs))
                    .setParameter("u", answers ? answer.username() : null)
                    .setParameter("k", answers ? answer.idempotencyKey() : null)
                    .executeUpdate().replaceWithVoid());
        }
        return chain.map(v -> affected.keySet());
    }

    /**
     * In the caller's transaction: new registrations appear (unranked) in every round of their
     * event; each round's version rises when the transaction commits, and not at all if it does not.
     */
    public Uni<Void> registrationsChanged(Mutiny.Session s, long event, List<Long> registrations) {
        String regs = registrations.size() > StandingsChange.MAX_LISTED ? null : write(registrations);
        return s.createNativeQuery("insert into standings_touch (event_id, round, registrations) "
                        + "select event_id, round, :regs from standings_state where event_id = :e")
                .setParameter("regs", regs).setParameter("e", event).executeUpdate().replaceWithVoid();
    }

    /**
     * The round's version as committed now. Straight through the reactive client: read for every
     * answered mark and every leaderboard read, it needs neither a session nor Hibernate's query
     * plan cache (where native queries with a result type pile up as distinct entries).
     */
    public Uni<Integer> version(long event, String round) {
        return pool.preparedQuery("select version from standings_state where event_id = $1 and round = $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(event, round))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getInteger(0) : null);
    }

    /**
     * In the caller's transaction: an event was corrected. When the transaction commits every
     * replica drops its copy of the event and rebuilds its standings with the new scheme: rounds
     * gone lose their versions, new rounds start at version 0, and every round's version rises.
     */
    public Uni<Void> eventChanged(Mutiny.Session s, long event, List<String> roundsBefore, List<String> roundsAfter) {
        List<String> gone = roundsBefore.stream().filter(r -> !roundsAfter.contains(r)).toList();
        List<String> added = roundsAfter.stream().filter(r -> !roundsBefore.contains(r)).toList();
        Uni<Void> chain = notify(s, EVENT_CHANNEL, String.valueOf(event));
        if (!gone.isEmpty()) {
            chain = chain.chain(() -> s.createNativeQuery("delete from standings_state where event_id = :e and round in (:r)")
                    .setParameter("e", event).setParameter("r", gone).executeUpdate().replaceWithVoid());
        }
        return chain.chain(() -> createRounds(s, event, added)).chain(() -> touchEveryRound(s, event));
    }

    /**
     * In the caller's transaction: registrations of the event were corrected (a bib, a status):
     * each round reloads them whole when the transaction commits.
     */
    public Uni<Void> registrationsCorrected(Mutiny.Session s, long event) {
        return touchEveryRound(s, event);
    }

    /** Every round of the event reloads whole (no registrations listed) once the transaction commits. */
    private static Uni<Void> touchEveryRound(Mutiny.Session s, long event) {
        return s.createNativeQuery("insert into standings_touch (event_id, round, registrations) "
                        + "select event_id, round, null from standings_state where event_id = :e")
                .setParameter("e", event).executeUpdate().replaceWithVoid();
    }

    /**
     * In the caller's transaction: a competition's facts, status or visibility changed; when the
     * transaction commits, replicas refresh what they know of it.
     */
    public Uni<Void> competitionChanged(Mutiny.Session s, long competition) {
        return notify(s, COMPETITION_CHANNEL, String.valueOf(competition));
    }

    /** Keeps, for outsiders, every round's standings of these events (a competition's) as they are now. */
    public Uni<Void> freeze(Mutiny.Session s, List<Event> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Event event : events) {
            for (Round round : event.rounds) {
                chain = chain.chain(() -> live.frozenNow(event, round.code())).chain(frozen -> s.createNativeQuery(
                                "update standings_state set frozen_version = :v, frozen_snapshot = :j "
                                        + "where event_id = :e and round = :r")
                        .setParameter("v", frozen.version()).setParameter("j", write(frozen))
                        .setParameter("e", event.number()).setParameter("r", round.code()).executeUpdate().replaceWithVoid());
            }
        }
        return chain;
    }

    /** Outsiders see the live (or hidden) standings of these events again. */
    public Uni<Void> thaw(Mutiny.Session s, List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return s.createNativeQuery("update standings_state set frozen_version = null, frozen_snapshot = null "
                        + "where event_id in (:events)")
                .setParameter("events", events.stream().map(Event::number).toList()).executeUpdate().replaceWithVoid();
    }

    /** The frozen standings of a round, or null when it is not frozen. */
    public Uni<FrozenStandings> frozen(long event, String round) {
        return db.read(s -> s.createNativeQuery("select frozen_snapshot from standings_state "
                        + "where event_id = :e and round = :r", String.class).setParameter("e", event).setParameter("r", round)
                .getSingleResultOrNull()).map(text -> {
                    try {
                        return text == null ? null : json.readValue(text, FrozenStandings.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("frozen standings unreadable", e);
                    }
                });
    }

    private static Uni<Void> notify(Mutiny.Session s, String channel, String payload) {
        return s.createNativeQuery("select cast(pg_notify(:c, :p) as text)", String.class).setParameter("c", channel)
                .setParameter("p", payload).getSingleResultOrNull().replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
