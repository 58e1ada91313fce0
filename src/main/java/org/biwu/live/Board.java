package org.biwu.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.competition.Event;
import org.biwu.outbox.StandingsChange;
import org.biwu.registration.Registration;
import org.biwu.scoring.AttemptMarks;
import org.biwu.scoring.CompetitorMarks;
import org.biwu.scoring.CompetitorScore;
import org.biwu.scoring.EventRules;
import org.biwu.scoring.RoundRule;
import org.biwu.scoring.ScoringEngine;
import org.biwu.scoring.Standings;
import org.jboss.logging.Logger;

/**
 * The live standings of one round of one event in this replica's memory. Loaded whole once;
 * after that each change rescores only the registrations it names, then re-ranks the round.
 * Changes that arrive while one is being applied are merged and applied together (a burst
 * becomes one new version).
 */
final class Board {

    private static final Logger LOG = Logger.getLogger(Board.class);

    /** Reads what a refresh needs; implemented by {@link BoardSource}. */
    interface Source {
        Uni<Integer> version(long event, String round);

        Uni<Map<Long, Registration>> registrations(long event, Set<Long> numbers);

        Uni<List<ScoringMark>> marks(long event, List<String> rounds, Set<Long> registrations);
    }

    // the event at its current revision, and what the board reads of it (set under the lock; a
    // reload that read an older revision is followed by another: reconfigure marks the board stale)
    volatile Event event;
    final String round;
    private RoundRule rule;
    private EventRules rules;
    /** This round and the earlier rounds it carries over. */
    private volatile List<String> rounds;
    private final Source source;
    final BroadcastProcessor<BoardView> changes = BroadcastProcessor.create();

    // guarded by this
    private final Map<Long, Registration> registrations = new LinkedHashMap<>();
    private final Map<Long, CompetitorScore> scores = new HashMap<>();
    private final Map<String, Map<Long, CompetitorScore>> carried = new HashMap<>();
    private BoardView view;
    private boolean refreshing;
    private final Set<Long> pending = new HashSet<>();
    private boolean pendingAll;
    private int pendingVersion;

    Board(Event event, String round, Source source) {
        this.round = round;
        this.source = source;
        configure(event);
    }

    private void configure(Event revision) {
        this.event = revision;
        this.rules = revision.rules();
        this.rule = rules.roundOrThrow(round);
        List<String> read = new java.util.ArrayList<>(List.of(round));
        read.addAll(rule.rankingIncludes());
        this.rounds = read;
    }

    /** The event was corrected: the board scores by the new revision, reloading the whole round. */
    void reconfigure(Event corrected) {
        synchronized (this) {
            configure(corrected);
        }
        stale();
    }

    /** The round is gone from the event: subscribers' streams end. */
    void close() {
        changes.onComplete();
    }

    /** Loads the whole round; changes noted meanwhile are applied right after. */
    Uni<BoardView> load() {
        synchronized (this) {
            refreshing = true;
        }
        return reload().invoke(this::drain);
    }

    synchronized BoardView view() {
        return view;
    }

    /**
     * The standings as they are now, then every later version. Reading the current version and
     * joining the stream happen under the board's lock, under which every new version is made
     * current before it is emitted, so no version can slip in between (a subscriber that only
     * joined the stream could miss the change made while it was joining, and show stale
     * standings until the next one); one made current just before may come twice.
     */
    Multi<BoardView> currentAndChanges() {
        return Multi.createFrom().emitter(emitter -> {
            synchronized (this) {
                emitter.emit(view);
                Cancellable joined = changes.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
                emitter.onTermination(joined::cancel);
            }
        });
    }

    /** The first version of the standings that is at least {@code version}: this one, or a coming one. */
    Uni<BoardView> atLeast(int version) {
        return currentAndChanges().select().where(v -> v.version() >= version).toUni();
    }

    /** Notes a committed change; applies it now unless a refresh runs (that one will pick it up). */
    void changed(StandingsChange change) {
        synchronized (this) {
            if (view != null && change.version() <= view.version() && !refreshing) {
                return;
            }
            pendingVersion = Math.max(pendingVersion, change.version());
            if (change.registrations() == null || (view != null && change.version() > view.version() + 1 && !refreshing)) {
                pendingAll = true;
            } else {
                pending.addAll(change.registrations());
            }
            if (refreshing) {
                return;
            }
            refreshing = true;
        }
        drain(null);
    }

    /** Everything of this round is out of date (the notification connection was lost). */
    void stale() {
        synchronized (this) {
            pendingAll = true;
            if (refreshing) {
                return;
            }
            refreshing = true;
        }
        drain(null);
    }

    private void drain(BoardView ignored) {
        boolean all;
        Set<Long> regs;
        int version;
        synchronized (this) {
            if (!pendingAll && pending.isEmpty()) {
                refreshing = false;
                return;
            }
            all = pendingAll;
            regs = new HashSet<>(pending);
            version = pendingVersion;
            pendingVersion = 0;
            pendingAll = false;
            pending.clear();
        }
        Uni<BoardView> step = all ? reload() : apply(regs, version);
        step.subscribe().with(this::drain, failure -> {
            LOG.errorf(failure, "standings of event %d round %s could not be refreshed; reloading on the next change",
                    event.number(), round);
            synchronized (this) {
                pendingAll = true;
                refreshing = false;
            }
        });
    }

    private Uni<BoardView> reload() {
        return source.version(event.number(), round).chain(version -> source.registrations(event.number(), null)
                .chain(regs -> source.marks(event.number(), rounds, null).map(marks -> {
                    BoardView next;
                    synchronized (this) {
                        registrations.clear();
                        scores.clear();
                        carried.clear();
                        registrations.putAll(regs);
                        rescore(regs.keySet(), marks);
                        next = rank(Math.max(version, view == null ? 0 : view.version()));
                    }
                    return publish(next);
                })));
    }

    private Uni<BoardView> apply(Set<Long> regs, int version) {
        Set<Long> unknown = new HashSet<>();
        synchronized (this) {
            regs.stream().filter(r -> !registrations.containsKey(r)).forEach(unknown::add);
        }
        Uni<Map<Long, Registration>> added = unknown.isEmpty() ? Uni.createFrom().item(Map.of())
                : source.registrations(event.number(), unknown);
        return added.chain(newRegs -> source.marks(event.number(), rounds, regs).map(marks -> {
            BoardView next;
            synchronized (this) {
                registrations.putAll(newRegs);
                // a registration changed (e.g. withdrawn) is read again too
                rescore(regs, marks);
                next = rank(Math.max(version, view == null ? 0 : view.version()));
            }
            return publish(next);
        }));
    }

    /** Rescores {@code regs} from their marks (all of them: marks is complete for these). */
    private void rescore(Set<Long> regs, List<ScoringMark> marks) {
        Map<Long, Map<String, CompetitorMarks>> byReg = new HashMap<>();
        Map<Long, Map<String, Map<String, Map<Integer, AttemptAccumulator>>>> grouped = new HashMap<>();
        for (ScoringMark m : marks) {
            grouped.computeIfAbsent(m.registration(), k -> new HashMap<>())
                    .computeIfAbsent(m.round(), k -> new HashMap<>())
                    .computeIfAbsent(m.aspect(), k -> new HashMap<>())
                    .computeIfAbsent(m.attempt(), k -> new AttemptAccumulator())
                    .add(m);
        }
        grouped.forEach((reg, perRound) -> perRound.forEach((r, perAspect) -> {
            CompetitorMarks cm = byReg.computeIfAbsent(reg, k -> new HashMap<>()).computeIfAbsent(r, k -> new CompetitorMarks());
            perAspect.forEach((aspect, attempts) -> attempts.forEach((attempt, acc) -> cm.put(aspect, attempt, acc.marks())));
        }));
        for (Long reg : regs) {
            Registration registration = registrations.get(reg);
            if (registration == null) {
                continue;
            }
            Map<String, CompetitorMarks> perRound = byReg.getOrDefault(reg, Map.of());
            boolean rankable = registration.status.ranked();
            scores.put(reg, ScoringEngine.scoreCompetitor(rule, rules.scoreDecimals(), reg, rankable,
                    perRound.getOrDefault(round, new CompetitorMarks())));
            for (String included : rule.rankingIncludes()) {
                CompetitorScore earlier = ScoringEngine.scoreCompetitor(rules.roundOrThrow(included), rules.scoreDecimals(), reg,
                        rankable, perRound.getOrDefault(included, new CompetitorMarks()));
                carried.computeIfAbsent(included, k -> new HashMap<>()).put(reg, earlier);
            }
        }
    }

    /** Ranks the round and makes it the current view (under the lock: readers see it at once). */
    private BoardView rank(int version) {
        Standings standings = ScoringEngine.rank(rules, round, scores.values(), carried);
        view = new BoardView(event, round, version, standings, Map.copyOf(registrations));
        return view;
    }

    /**
     * Emits a new view to the subscribers, outside the lock: what they do with it (a subscriber
     * that joins between {@link #rank} and here gets this view twice, never misses it) must not
     * hold up readers or the next refresh. Refreshes run one at a time, so views go out in order.
     */
    private BoardView publish(BoardView next) {
        changes.onNext(next);
        return next;
    }

    /** The marks of one attempt as they arrive, in any order. */
    private static final class AttemptAccumulator {
        private BigDecimal difficulty;
        private final List<BigDecimal> values = new java.util.ArrayList<>();

        void add(ScoringMark m) {
            difficulty = m.difficulty();
            values.add(m.value());
        }

        AttemptMarks marks() {
            return new AttemptMarks(difficulty, values);
        }
    }
}
