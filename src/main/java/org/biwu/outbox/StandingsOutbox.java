package org.biwu.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;
import org.biwu.db.JsonText;

/**
 * The outbox of standings changes: every write that changes what a board shows records it here,
 * always in the caller's own session and transaction, so the change exists exactly when the
 * write does. When (and only if) the transaction commits, the deferred trigger of
 * {@code V4__standings_version_at_commit.sql} raises each touched round's version and NOTIFYs
 * every replica on {@link #STANDINGS_CHANNEL} with a {@link StandingsChange}; corrections of
 * competitions and events NOTIFY {@link #COMPETITION_CHANNEL} and {@link #EVENT_CHANNEL}
 * (also delivered only at commit, as PostgreSQL sends notifications). It knows rounds by their
 * codes and registrations by their numbers, nothing of what they mean.
 */
@ApplicationScoped
public class StandingsOutbox {

    /** Also named in V4's trigger function, which sends the standings changes. */
    public static final String STANDINGS_CHANNEL = "biwu_standings";
    /** Payload: the competition's number. */
    public static final String COMPETITION_CHANNEL = "biwu_competition";
    /** Payload: the event's number. */
    public static final String EVENT_CHANNEL = "biwu_event";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

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
     * In the caller's transaction: records that the marks of {@code affected} (round code → the
     * registration numbers whose standings entries change in it, later rounds that carry a round
     * over already included) changed. When the transaction commits, each of these rounds' version
     * rises by one and every replica is notified; {@code answer}'s stored answer takes its round's
     * new version. Nothing here locks the round: its row is locked only while the transaction commits.
     */
    public Uni<Void> marksChanged(Mutiny.Session s, long event, Map<String, Set<Long>> affected, Answer answer) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, Set<Long>> e : affected.entrySet()) {
            boolean answers = answer != null && answer.idempotencyKey() != null && e.getKey().equals(answer.round());
            List<Long> regs = e.getValue().size() > StandingsChange.MAX_LISTED ? null : new ArrayList<>(e.getValue());
            chain = chain.chain(() -> s.createNativeQuery("insert into standings_touch "
                            + "(event_id, round, registrations, username, idempotency_key) values (:e, :r, :regs, :u, :k)")
                    .setParameter("e", event).setParameter("r", e.getKey())
                    .setParameter("regs", regs == null ? null : JsonText.write(json, regs))
                    .setParameter("u", answers ? answer.username() : null)
                    .setParameter("k", answers ? answer.idempotencyKey() : null)
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    /**
     * In the caller's transaction: new registrations appear (unranked) in every round of their
     * event; each round's version rises when the transaction commits, and not at all if it does not.
     */
    public Uni<Void> registrationsChanged(Mutiny.Session s, long event, List<Long> registrations) {
        String regs = registrations.size() > StandingsChange.MAX_LISTED ? null : JsonText.write(json, registrations);
        return s.createNativeQuery("insert into standings_touch (event_id, round, registrations) "
                        + "select event_id, round, :regs from standings_state where event_id = :e")
                .setParameter("regs", regs).setParameter("e", event).executeUpdate().replaceWithVoid();
    }

    /**
     * The round's version as committed now, or null for a round that has none. Straight through
     * the reactive client: read for every answered mark and every leaderboard read, it needs
     * neither a session nor Hibernate's query plan cache.
     */
    public Uni<Integer> version(long event, String round) {
        return pool.preparedQuery("select version from standings_state where event_id = $1 and round = $2")
                .execute(Tuple.of(event, round))
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

    private static Uni<Void> notify(Mutiny.Session s, String channel, String payload) {
        return s.createNativeQuery("select cast(pg_notify(:c, :p) as text)", String.class).setParameter("c", channel)
                .setParameter("p", payload).getSingleResultOrNull().replaceWithVoid();
    }
}
