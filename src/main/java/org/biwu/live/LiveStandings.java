package org.biwu.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.outbox.StandingsChange;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.config.BiwuConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Live standings in this replica: a {@link Board} per (event, round), loaded when first asked
 * for, kept current by the PostgreSQL notifications of the {@link StandingsOutbox} (sent at
 * commit, from any replica), and streamed to subscribers.
 */
@ApplicationScoped
public class LiveStandings {

    private static final Logger LOG = Logger.getLogger(LiveStandings.class);

    @Inject
    Vertx vertx;

    @Inject
    EventCatalog events;

    @Inject
    BoardSource source;

    @Inject
    ObjectMapper json;

    @Inject
    BiwuConfig.Db db;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** How long a read waits for a committed change to reach this replica before it reloads the round. */
    private static final java.time.Duration CATCH_UP = java.time.Duration.ofSeconds(2);

    private record Key(long event, String round) {
    }

    private final Map<Key, Board> boards = new ConcurrentHashMap<>();
    private final Map<Key, Uni<BoardView>> loading = new ConcurrentHashMap<>();
    private final java.util.List<java.util.function.LongConsumer> competitionObservers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private PgSubscriber subscriber;

    void start(@Observes StartupEvent startup) {
        PgConnectOptions options = PgConnectOptions.fromUri(db.url()).setUser(username).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(StandingsOutbox.STANDINGS_CHANNEL)
                .handler(this::onStandingsChange)
                // after a reconnection notifications may have been missed: every board reloads
                .subscribeHandler(() -> boards.values().forEach(Board::stale));
        subscriber.channel(StandingsOutbox.COMPETITION_CHANNEL)
                .handler(payload -> competitionObservers.forEach(o -> o.accept(Long.parseLong(payload))));
        subscriber.channel(StandingsOutbox.EVENT_CHANNEL).handler(payload -> onEventCorrected(Long.parseLong(payload)));
        subscriber.connect().subscribe().with(v -> LOG.debug("listening for standings changes"),
                e -> LOG.error("could not listen for standings changes", e));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(v -> { }, e -> { });
        }
    }

    /** Calls {@code observer} with a competition's number whenever its status or visibility changed (any replica). */
    public void onCompetitionChange(java.util.function.LongConsumer observer) {
        competitionObservers.add(observer);
    }

    /**
     * An event was corrected (any replica): its copy is dropped and its boards score by the new
     * revision from now on; a board of a round the event no longer has ends its subscribers' streams.
     */
    private void onEventCorrected(long number) {
        events.forget(number);
        List<Map.Entry<Key, Board>> affected = boards.entrySet().stream().filter(e -> e.getKey().event() == number).toList();
        if (affected.isEmpty()) {
            return;
        }
        onSafeContext(() -> events.reload(number)).subscribe().with(corrected -> {
            for (Map.Entry<Key, Board> entry : affected) {
                if (corrected != null && corrected.round(entry.getKey().round()).isPresent()) {
                    entry.getValue().reconfigure(corrected);
                } else if (boards.remove(entry.getKey(), entry.getValue())) {
                    entry.getValue().close();
                }
            }
        }, e -> LOG.error("corrected event not reloaded", e));
    }

    private void onStandingsChange(String payload) {
        StandingsChange change;
        try {
            change = json.readValue(payload, StandingsChange.class);
        } catch (JsonProcessingException e) {
            LOG.errorf("unreadable standings change %s", payload);
            return;
        }
        Board board = boards.get(new Key(change.event(), change.round()));
        if (board != null) {
            onSafeContext(() -> {
                board.changed(change);
                return Uni.createFrom().voidItem();
            }).subscribe().with(v -> { }, e -> LOG.error("standings change not applied", e));
        }
    }

    /**
     * The current standings of a round (loading them on first use), with every change committed
     * before this call: a caller that has just stored marks, or freezes the standings, sees them.
     */
    public Uni<BoardView> view(Event event, String round) {
        Key key = new Key(event.number(), round);
        Board board = boards.get(key);
        if (board != null && board.view() != null) {
            return source.version(event.number(), round).chain(committed -> board.view().version() >= committed
                    ? Uni.createFrom().item(board.view()) : catchUp(board, committed));
        }
        return loading.computeIfAbsent(key, k -> {
            Board created = new Board(event, round, source);
            boards.put(k, created);
            return onSafeContext(created::load)
                    .onFailure().invoke(e -> {
                        boards.remove(k, created);
                        loading.remove(k);
                    })
                    .onItem().invoke(v -> loading.remove(k))
                    .memoize().indefinitely();
        });
    }

    /**
     * Waits for the notification of a committed change that this replica has not applied yet;
     * reloads the round when it does not come in time (a refresh failed, or notifications were lost).
     */
    private Uni<BoardView> catchUp(Board board, int version) {
        return board.atLeast(version).ifNoItem().after(CATCH_UP).recoverWithUni(() -> {
            LOG.warnf("standings of event %d round %s did not reach version %d in %s; reloading",
                    board.event.number(), board.round, version, CATCH_UP);
            return onSafeContext(() -> {
                board.stale();
                return board.atLeast(version);
            });
        });
    }

    /** A round's standings as they are now, then every new version (the board is loaded first). */
    public Multi<BoardView> changes(Event event, String round) {
        // A subscriber slower than the changes gets the latest standings, not a growing backlog.
        // What it does with them runs on a context of its own, never inside the board's refresh,
        // and with no other request's context active (its fields resolve as its own identity).
        java.util.concurrent.atomic.AtomicReference<BoardView> last = new java.util.concurrent.atomic.AtomicReference<>();
        return view(event, round).onItem().transformToMulti(v -> boards.get(new Key(event.number(), round)).currentAndChanges()
                .select().where(view -> last.getAndSet(view) != view) // the same view twice: see Board.publish
                .onOverflow().dropPreviousItems()
                .emitOn(command -> onSafeContext(() -> {
                    command.run();
                    return Uni.createFrom().voidItem();
                }).subscribe().with(x -> { }, e -> LOG.error("standings not delivered", e)))
                .onOverflow().dropPreviousItems());
    }

    /** Runs {@code work} on a fresh safe Vert.x context, as Hibernate Reactive sessions require. */
    private <T> Uni<T> onSafeContext(Supplier<Uni<T>> work) {
        io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(v -> work.get().subscribe()
                .with(emitter::complete, emitter::fail)));
    }
}
