package org.biwu.judging;

import static org.biwu.api.Inputs.blankToNull;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.db.Database;
import org.biwu.db.Locks;
import org.biwu.history.ChangeAction;
import org.biwu.history.ChangeHistory;
import org.biwu.history.FieldChange;
import org.biwu.judging.JudgingInputs.AssignJudgesInput;
import org.biwu.judging.JudgingInputs.JudgeInput;
import org.biwu.judging.JudgingInputs.ReplaceJudgeInput;
import org.biwu.judging.JudgingInputs.SetJudgeAspectsInput;
import org.biwu.judging.JudgingInputs.UpdateJudgeInput;
import org.biwu.security.Access;
import org.biwu.security.IdentityDirectory;
import org.biwu.security.ScopedRole;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The judging panels (裁判组) of events: who judges, leads (裁判长) or keeps score (记分员), which
 * aspects a judge marks, and their corrections: an edit, a removal (of a judge without marks), a
 * replacement (the marks given stay). Logins are checked with the identity server; every
 * correction is recorded in the competition's history. A panel is fixed once scoring is closed.
 */
@ApplicationScoped
public class PanelService {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    CompetitionService competitions;

    @Inject
    IdentityDirectory identities;

    @Inject
    ChangeHistory history;

    // ------------------------------------------------------------ adding and correcting

    /** Adds judges, chief judges and scorekeepers to an event (organizers). */
    public Uni<List<JudgeAssignment>> assign(AssignJudgesInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long eventNumber = NodeId.parse("Event", in.eventId(), "eventId");
        List<Refusal> errors = new ArrayList<>();
        if (in.judges().isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.needsJudge(), "judges"));
        }
        for (int i = 0; i < in.judges().size(); i++) {
            if (in.judges().get(i).name().isBlank()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "judges", i, "name"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return identities.lookUp(in.judges().stream().map(j -> blankToNull(j.username())).filter(Objects::nonNull).distinct().toList())
                .chain(logins -> db.write(s -> guard(s, eventNumber, in.eventId(), "eventId").chain(event -> {
                    for (int i = 0; i < in.judges().size(); i++) {
                        JudgeInput j = in.judges().get(i);
                        aspects(event, j.role(), j.aspects(), errors, "judges", i, "aspects");
                    }
                    if (!errors.isEmpty()) {
                        throw new DomainException(errors);
                    }
                    return panelOpen(s, event, "eventId").chain(() -> assignments(s, eventNumber))
                            .chain(existing -> {
                                Set<String> taken = activeLogins(existing, null);
                                List<JudgeAssignmentEntity> added = new ArrayList<>();
                                for (int i = 0; i < in.judges().size(); i++) {
                                    JudgeInput j = in.judges().get(i);
                                    login(blankToNull(j.username()), taken, logins, errors, "judges", i, "username");
                                    added.add(entity(eventNumber, j, j.aspects(), logins));
                                }
                                if (!errors.isEmpty()) {
                                    throw new DomainException(errors);
                                }
                                return s.persistAll(added.toArray()).call(s::flush)
                                        .map(v -> added.stream().map(JudgeAssignment::new).toList());
                            });
                })));
    }

    /** Corrects a judge's name, affiliation, role or login. */
    public Uni<JudgeAssignment> update(UpdateJudgeInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("JudgeAssignment", in.id(), "id");
        if (in.name().isBlank()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name");
        }
        String username = blankToNull(in.username());
        return identities.lookUp(username == null ? List.of() : List.of(username)).chain(logins -> db.write(s -> place(s, number, in.id(), "id")
                .chain(judge -> guard(s, judge.eventId, in.id(), "id").chain(event -> panelOpen(s, event, "id")
                        .chain(() -> marksOf(s, judge)).chain(marks -> assignments(s, judge.eventId).chain(panel -> {
                            List<Refusal> errors = new ArrayList<>();
                            if (!in.role().marks() && marks > 0) {
                                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.judgeHasMarks(judge.name, marks.intValue()), "role"));
                            }
                            if (!in.role().marks() && !judge.aspects.isEmpty()) {
                                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.scorekeeperNoAspects(), "role"));
                            }
                            if (!Objects.equals(username, judge.username)) {
                                login(username, activeLogins(panel, judge.id), logins, errors, "username");
                            }
                            if (!errors.isEmpty()) {
                                throw new DomainException(errors);
                            }
                            List<FieldChange> changed = FieldChange.changes(FieldChange.of("name", judge.name, in.name().strip()),
                                    FieldChange.of("affiliation", judge.affiliation, blankToNull(in.affiliation())),
                                    FieldChange.of("role", judge.role, in.role()), FieldChange.of("username", judge.username, username));
                            judge.name = in.name().strip();
                            judge.affiliation = blankToNull(in.affiliation());
                            judge.role = in.role();
                            if (!Objects.equals(username, judge.username)) {
                                judge.username = username;
                                judge.loginVerified = verified(username, logins);
                            }
                            return record(s, event, judge, ChangeAction.UPDATED, changed).map(v -> new JudgeAssignment(judge));
                        }))))));
    }

    /** Removes a judge who has given no marks (one with marks is replaced instead). */
    public Uni<JudgeAssignment> remove(String id) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("JudgeAssignment", id, "id");
        return db.write(s -> place(s, number, id, "id").chain(judge -> guard(s, judge.eventId, id, "id").chain(event -> panelOpen(s, event, "id")
                .chain(() -> marksOf(s, judge)).chain(marks -> {
                    if (marks > 0) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.judgeHasMarks(judge.name, marks.intValue()), "id");
                    }
                    return s.createSelectionQuery("from JudgeAssignmentEntity where replacedBy = :j", JudgeAssignmentEntity.class)
                            .setParameter("j", judge.id).getResultList();
                }).chain(replaced -> {
                    if (!replaced.isEmpty()) {
                        String other = replaced.get(0).name;
                        throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.judgeReplacedSomeone(judge.name, other), "id");
                    }
                    JudgeAssignment removed = new JudgeAssignment(judge);
                    return record(s, event, judge, ChangeAction.REMOVED, FieldChange.changes(FieldChange.of("name", judge.name, null)))
                            .chain(() -> s.remove(judge)).map(v -> removed);
                }))));
    }

    /** Another judge takes over a place: the old judge's marks stay and count, the new judge marks from now on. */
    public Uni<JudgeAssignment> replace(ReplaceJudgeInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("JudgeAssignment", in.id(), "id");
        JudgeInput j = in.judge();
        if (j.name().isBlank()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "judge", "name");
        }
        String username = blankToNull(j.username());
        return identities.lookUp(username == null ? List.of() : List.of(username)).chain(logins -> db.write(s -> place(s, number, in.id(), "id")
                .chain(old -> guard(s, old.eventId, in.id(), "id").chain(event -> panelOpen(s, event, "id")
                        .chain(() -> assignments(s, old.eventId)).chain(panel -> {
                            List<Refusal> errors = new ArrayList<>();
                            if (!old.active()) {
                                String by = panel.stream().filter(p -> p.id.equals(old.replacedBy)).map(p -> p.name).findFirst().orElse("");
                                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.alreadyReplaced(old.name, by), "id");
                            }
                            // the old judge's aspects when none are given; a scorekeeper is given none
                            List<String> aspects = j.aspects() != null ? j.aspects() : j.role().marks() ? old.aspects : List.of();
                            aspects(event, j.role(), aspects, errors, "judge", "aspects");
                            login(username, activeLogins(panel, old.id), logins, errors, "judge", "username");
                            if (!errors.isEmpty()) {
                                throw new DomainException(errors);
                            }
                            JudgeAssignmentEntity successor = entity(old.eventId, j, aspects, logins);
                            return s.persist(successor).call(s::flush).chain(() -> {
                                old.replacedBy = successor.id;
                                return record(s, event, old, ChangeAction.REPLACED, FieldChange.changes(
                                        FieldChange.of("name", old.name, successor.name),
                                        FieldChange.of("username", old.username, successor.username),
                                        FieldChange.of("aspects", old.aspects, successor.aspects)));
                            }).map(v -> new JudgeAssignment(successor));
                        })))));
    }

    /** Gives a judge the aspects they mark (an empty list: every aspect). */
    public Uni<JudgeAssignment> setAspects(SetJudgeAspectsInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("JudgeAssignment", in.judgeId(), "judgeId");
        return db.write(s -> place(s, number, in.judgeId(), "judgeId").chain(judge -> guard(s, judge.eventId, in.judgeId(), "judgeId")
                .chain(event -> panelOpen(s, event, "judgeId").chain(() -> {
                    if (!judge.active()) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.judgeReplacedNoAspects(judge.name), "judgeId");
                    }
                    List<Refusal> errors = new ArrayList<>();
                    List<String> aspects = aspects(event, judge.role, in.aspects(), errors, "aspects");
                    if (!errors.isEmpty()) {
                        throw new DomainException(errors);
                    }
                    List<String> before = judge.aspects;
                    judge.aspects = aspects;
                    return record(s, event, judge, ChangeAction.ASPECTS_ASSIGNED, FieldChange.changes(FieldChange.of("aspects", before, aspects)))
                            .map(v -> new JudgeAssignment(judge));
                }))));
    }

    // ------------------------------------------------------------ reading

    static Uni<List<JudgeAssignmentEntity>> assignments(Mutiny.Session s, long eventNumber) {
        return s.createSelectionQuery("from JudgeAssignmentEntity where eventId = :e order by id", JudgeAssignmentEntity.class)
                .setParameter("e", eventNumber).getResultList();
    }

    /** The panel of an event, replaced judges too (they keep their marks). */
    public Uni<List<JudgeAssignment>> panel(long eventNumber) {
        return db.read(s -> assignments(s, eventNumber)).map(list -> list.stream().map(JudgeAssignment::new).toList());
    }

    /** Assignments by number, for marks' judges. */
    public Uni<Map<Long, JudgeAssignment>> byNumbers(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.read(s -> s.createSelectionQuery("from JudgeAssignmentEntity where id in :ids", JudgeAssignmentEntity.class)
                .setParameter("ids", List.copyOf(numbers)).getResultList()).map(list -> {
                    Map<Long, JudgeAssignment> out = new HashMap<>();
                    list.forEach(e -> out.put(e.id, new JudgeAssignment(e)));
                    return out;
                });
    }

    /** How many marks each of these judges has given; judges without marks are absent. */
    public Uni<Map<Long, Long>> marksGiven(Collection<Long> judges) {
        if (judges.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.read(s -> s.createSelectionQuery("select m.judgeId, count(*) from MarkEntity m where m.judgeId in :j group by m.judgeId",
                Object[].class).setParameter("j", List.copyOf(judges)).getResultList()).map(rows -> {
                    Map<Long, Long> given = new HashMap<>();
                    rows.forEach(row -> given.put((Long) row[0], (Long) row[1]));
                    return given;
                });
    }

    /** The caller's places on an event's panel (none for most callers). */
    public Uni<List<JudgeAssignment>> callersPlaces(long eventNumber) {
        if (access.isAnonymous()) {
            return Uni.createFrom().item(List.of());
        }
        String user = access.username();
        return db.read(s -> s.createSelectionQuery("from JudgeAssignmentEntity where eventId = :e and username = :u",
                JudgeAssignmentEntity.class).setParameter("e", eventNumber).setParameter("u", user).getResultList())
                .map(list -> list.stream().map(JudgeAssignment::new).toList());
    }

    /** Where the caller stands towards the event's judging: organizer of its competition or not, and their places on its panel. */
    public Uni<PanelStanding> standingOf(Event event) {
        return callersPlaces(event.number()).chain(places -> competitions.organizes(event.competitionNumber())
                .map(organizer -> new PanelStanding(organizer, places)));
    }

    /** Every place of a login on any event's panel, newest first. */
    public Uni<List<JudgeAssignment>> placesOf(String username) {
        return db.read(s -> s.createSelectionQuery("from JudgeAssignmentEntity where username = :u order by id desc",
                JudgeAssignmentEntity.class).setParameter("u", username).getResultList())
                .map(list -> list.stream().map(JudgeAssignment::new).toList());
    }

    // ------------------------------------------------------------ the rules

    /**
     * In the caller's transaction: takes the event's panel lock (one panel change at a time: no
     * login twice on it) and shares its scheme lock (a correction of the scheme waits, so the aspects
     * a judge is given are those of the scheme as stored), then reads the event as stored;
     * FORBIDDEN unless the caller organizes its competition.
     */
    private Uni<Event> guard(Mutiny.Session s, long number, String id, Object... path) {
        return Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.PANEL, number), Locks.Lock.shared(Locks.Kind.MARKING_SCHEME, number))
                .chain(() -> events.fresh(s, number)).map(event -> {
                    if (event == null) {
                        throw DomainException.notFound(m -> m.thing("Event"), id, path);
                    }
                    return event;
                }).call(event -> competitions.requireOrganizer(event.competitionNumber(), path));
    }

    /** The judge's place, locked for the correction. */
    private static Uni<JudgeAssignmentEntity> place(Mutiny.Session s, long number, String id, Object... path) {
        return s.find(JudgeAssignmentEntity.class, number, LockMode.PESSIMISTIC_WRITE).map(judge -> {
            if (judge == null) {
                throw DomainException.notFound(m -> m.thing("JudgeAssignment"), id, path);
            }
            return judge;
        });
    }

    /** Refuses once scoring is closed: the panel is fixed. */
    private Uni<Void> panelOpen(Mutiny.Session s, Event event, Object... path) {
        return competitions.status(s, event.competitionNumber()).invoke(status -> {
            if (status.compareTo(CompetitionStatus.RUNNING) > 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.panelFixed(m.competitionStatus(status.name())), path);
            }
        }).replaceWithVoid();
    }

    private static Uni<Long> marksOf(Mutiny.Session s, JudgeAssignmentEntity judge) {
        return s.createSelectionQuery("select count(*) from MarkEntity where judgeId = :j", Long.class)
                .setParameter("j", judge.id).getSingleResult();
    }

    /** The logins of the panel's judges still marking, but {@code except}. */
    private static Set<String> activeLogins(List<JudgeAssignmentEntity> panel, Long except) {
        Set<String> logins = new HashSet<>();
        panel.stream().filter(p -> p.active() && p.username != null && !p.id.equals(except)).forEach(p -> logins.add(p.username));
        return logins;
    }

    /** Refuses a login already on the panel or unknown to the identity server; adds it to {@code taken}. */
    private static void login(String username, Set<String> taken, Map<String, IdentityDirectory.Answer> logins,
                              List<Refusal> errors, Object... path) {
        if (username == null) {
            return;
        }
        if (!taken.add(username)) {
            errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.alreadyOnPanel(username), path));
        } else if (logins.get(username) == IdentityDirectory.Answer.UNKNOWN) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.unknownLogin(username), path));
        }
    }

    /**
     * The aspect codes given, each one of the event's (in some round), without repeats; a judge who
     * gives no marks (a scorekeeper) is given none.
     */
    private static List<String> aspects(Event event, JudgeRole role, List<String> given, List<Refusal> errors, Object... at) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (!role.marks()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.scorekeeperNoAspects(), at));
            return List.of();
        }
        Set<String> codes = new HashSet<>();
        event.rounds.forEach(r -> r.modules().forEach(mod -> mod.aspects().forEach(a -> codes.add(a.code()))));
        Set<String> aspects = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).strip();
            if (!codes.contains(code)) {
                errors.add(Refusal.of(UserErrorCode.NOT_FOUND, m -> m.noAspectInEvent(code), Refusal.append(at, i)));
            }
            aspects.add(code);
        }
        return List.copyOf(aspects);
    }

    private static JudgeAssignmentEntity entity(long event, JudgeInput j, List<String> aspects, Map<String, IdentityDirectory.Answer> logins) {
        JudgeAssignmentEntity e = new JudgeAssignmentEntity();
        e.eventId = event;
        e.name = j.name().strip();
        e.affiliation = blankToNull(j.affiliation());
        e.role = j.role();
        e.username = blankToNull(j.username());
        e.aspects = aspects == null ? List.of() : aspects.stream().map(String::strip).distinct().toList();
        e.loginVerified = verified(e.username, logins);
        return e;
    }

    private static Boolean verified(String username, Map<String, IdentityDirectory.Answer> logins) {
        return username == null ? null : logins.get(username) == IdentityDirectory.Answer.KNOWN;
    }

    private Uni<Void> record(Mutiny.Session s, Event event, JudgeAssignmentEntity judge, ChangeAction action, List<FieldChange> changes) {
        return history.record(s, new ChangeHistory.Subject(event.competitionNumber(), "JudgeAssignment", judge.id, judge.name),
                action, changes, null);
    }
}
