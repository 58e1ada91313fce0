package org.biwu.judging;

import static org.biwu.api.Inputs.blankToNull;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.Module;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.biwu.db.Timestamps;
import org.biwu.db.Locks;
import org.biwu.judging.JudgingInputs.ModuleMarksInput;
import org.biwu.judging.JudgingInputs.ReopenMarksInput;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Locks on a module's marks in a round (table mark_lock): the panel's chief judge or an organizer
 * locks, only an organizer reopens (with a reason), closing scoring locks every module of the
 * competition. A lock and a reopening are entries of the event's audit trail. Locking takes the
 * event's marking-scheme lock exclusively, so a submission either committed before the lock or sees it.
 */
@ApplicationScoped
public class MarkLocks {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    CompetitionService competitions;

    @Inject
    PanelService panels;

    /** A round and module of one event. */
    public record Key(String round, String module) {
    }

    /** Locks the module's marks in the round: the panel's chief judge or an organizer of the competition; WRONG_STATE when already locked. */
    public Uni<Round> lock(ModuleMarksInput in) {
        access.requireAuthenticated();
        long eventNumber = NodeId.parse("Event", in.eventId(), "eventId");
        return db.write(s -> target(s, eventNumber, in.round(), in.module()).chain(t -> mayLock(s, t.event()).chain(() -> locked(s, eventNumber))
                .chain(locks -> {
                    ModuleLock existing = locks.get(new Key(t.round().code(), t.module().code()));
                    if (existing != null) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE,
                                m -> m.moduleLocked(existing.module(), existing.round(), existing.lockedBy()), "module");
                    }
                    return insert(s, eventNumber, List.of(new Key(t.round().code(), t.module().code())), OffsetDateTime.now());
                }).map(v -> t.round())));
    }

    /** Reopens a locked module (organizers of the competition, with a reason); WRONG_STATE when it is not locked or results are published. */
    public Uni<Round> reopen(ReopenMarksInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long eventNumber = NodeId.parse("Event", in.eventId(), "eventId");
        String reason = blankToNull(in.reason());
        if (reason == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "reason");
        }
        return db.write(s -> target(s, eventNumber, in.round(), in.module())
                .call(t -> competitions.requireOrganizer(t.event().competitionNumber(), "eventId"))
                .chain(t -> Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.MARKING_SCHEME, eventNumber))
                        .chain(() -> competitions.markingState(s, eventNumber)).invoke(state -> {
                    if (state.status().compareTo(CompetitionStatus.SCORING_CLOSED) > 0) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE,
                                m -> m.reopenBeforePublication(m.competitionStatus(state.status().name())), "eventId");
                    }
                }).chain(() -> s.createNativeQuery("delete from mark_lock where event_id = :e and round = :r and module = :m")
                        .setParameter("e", eventNumber).setParameter("r", t.round().code()).setParameter("m", t.module().code())
                        .executeUpdate())
                        .chain(deleted -> {
                            if (deleted == 0) {
                                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.moduleNotLocked(t.module().code(), t.round().code()), "module");
                            }
                            MarkAuditEntity a = entry(eventNumber, AuditAction.REOPENED, t.round().code(), t.module().code(), OffsetDateTime.now());
                            a.reason = reason;
                            return s.persist(a).call(s::flush);
                        }).map(v -> t.round())));
    }

    /**
     * In {@code s}'s transaction, as scoring closes: every module of every round of the events is
     * locked (those already locked stay as they were), each with its audit entry.
     */
    public Uni<Void> lockAll(Mutiny.Session s, List<Event> eventsOfCompetition) {
        OffsetDateTime now = OffsetDateTime.now();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Event event : eventsOfCompetition) {
            all = all.chain(() -> Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.MARKING_SCHEME, event.number())))
                    .chain(() -> locked(s, event.number())).chain(locks -> {
                        List<Key> open = new ArrayList<>();
                        for (Round round : event.rounds) {
                            for (Module module : round.modules()) {
                                Key key = new Key(round.code(), module.code());
                                if (!locks.containsKey(key)) {
                                    open.add(key);
                                }
                            }
                        }
                        return insert(s, event.number(), open, now);
                    });
        }
        return all;
    }

    /** The locks of an event, by round and module (read in {@code s}'s transaction). */
    public Uni<Map<Key, ModuleLock>> locked(Mutiny.Session s, long eventNumber) {
        return s.createNativeQuery("select round, module, locked_by, locked_at from mark_lock where event_id = :e order by locked_at, module",
                        Object[].class).setParameter("e", eventNumber).getResultList()
                .map(rows -> {
                    Map<Key, ModuleLock> locks = new java.util.LinkedHashMap<>();
                    for (Object[] r : rows) {
                        ModuleLock lock = new ModuleLock((String) r[1], (String) r[2], Timestamps.of(r[3]), (String) r[0]);
                        locks.put(new Key(lock.round(), lock.module()), lock);
                    }
                    return locks;
                });
    }

    /** The locks of each round (a batch of {@code Round.locks}), oldest first. */
    public Uni<List<List<ModuleLock>>> of(List<Round> rounds) {
        List<Long> eventNumbers = rounds.stream().map(Round::eventNumber).filter(java.util.Objects::nonNull).distinct().toList();
        if (eventNumbers.isEmpty()) {
            return Uni.createFrom().item(rounds.stream().map(r -> List.<ModuleLock>of()).toList());
        }
        return db.read(s -> s.createNativeQuery("select event_id, round, module, locked_by, locked_at from mark_lock "
                        + "where event_id in (:e) order by locked_at, module", Object[].class)
                .setParameter("e", eventNumbers).getResultList())
                .map(rows -> {
                    Map<String, List<ModuleLock>> byRound = new HashMap<>();
                    for (Object[] r : rows) {
                        byRound.computeIfAbsent(((Number) r[0]).longValue() + "/" + r[1], k -> new ArrayList<>())
                                .add(new ModuleLock((String) r[2], (String) r[3], Timestamps.of(r[4]), (String) r[1]));
                    }
                    return rounds.stream().map(r -> byRound.getOrDefault(r.eventNumber() + "/" + r.code(), List.of())).toList();
                });
    }

    private Uni<Void> insert(Mutiny.Session s, long eventNumber, List<Key> keys, OffsetDateTime now) {
        Uni<Void> all = Uni.createFrom().voidItem();
        String user = access.username();
        for (Key key : keys) {
            all = all.chain(() -> s.createNativeQuery("insert into mark_lock (event_id, round, module, locked_by, locked_at) values (:e, :r, :m, :b, :t)")
                    .setParameter("e", eventNumber).setParameter("r", key.round()).setParameter("m", key.module())
                    .setParameter("b", user).setParameter("t", now).executeUpdate().replaceWithVoid())
                    .chain(() -> s.persist(entry(eventNumber, AuditAction.LOCKED, key.round(), key.module(), now)));
        }
        return all.call(s::flush);
    }

    private MarkAuditEntity entry(long eventNumber, AuditAction action, String round, String module, OffsetDateTime now) {
        MarkAuditEntity a = new MarkAuditEntity();
        a.eventId = eventNumber;
        a.action = action;
        a.round = round;
        a.module = module;
        a.enteredBy = access.username();
        a.enteredAt = now;
        return a;
    }

    /** Locking: an organizer of the competition, or a chief judge on the event's panel who has not been replaced. */
    private Uni<Void> mayLock(Mutiny.Session s, Event event) {
        return panels.standingOf(event).invoke(standing -> {
                    if (!standing.organizer() && !standing.leadsPanel()) {
                        throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.lockers(), "eventId");
                    }
                })
                // the exclusive lock first: marking state then shares what this transaction holds
                .chain(() -> Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.MARKING_SCHEME, event.number())))
                .chain(() -> competitions.markingState(s, event.number())).invoke(state -> {
                    if (state.status() != CompetitionStatus.RUNNING && state.status() != CompetitionStatus.SCORING_CLOSED) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE,
                                m -> m.marksWhileRunning(m.competitionStatus(state.status().name())), "eventId");
                    }
                }).replaceWithVoid();
    }

    /** The event, round and module named; NOT_FOUND naming the field that names none. */
    private record Target(Event event, Round round, Module module) {
    }

    private Uni<Target> target(Mutiny.Session s, long eventNumber, String roundCode, String moduleCode) {
        return events.find(s, eventNumber).map(event -> {
            if (event == null) {
                throw DomainException.notFound(m -> m.thing("Event"), NodeId.of("Event", eventNumber), "eventId");
            }
            Round round = event.rounds.stream().filter(r -> r.code().equals(roundCode)).findFirst()
                    .orElseThrow(() -> DomainException.of(UserErrorCode.NOT_FOUND, m -> m.noRound(roundCode), "round"));
            Module module = round.modules().stream().filter(m -> m.code().equals(moduleCode)).findFirst()
                    .orElseThrow(() -> DomainException.of(UserErrorCode.NOT_FOUND, m -> m.noModule(roundCode, moduleCode), "module"));
            return new Target(event, round, module);
        });
    }
}
