package org.biwu.competition;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.biwu.api.DomainException;
import org.biwu.api.Inputs;
import org.biwu.api.NodeId;
import org.biwu.api.PageInfo;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionInputs.CreateCompetitionInput;
import org.biwu.competition.CompetitionInputs.CreateEventInput;
import org.biwu.competition.CompetitionInputs.UpdateCompetitionInput;
import org.biwu.competition.CompetitionInputs.UpdateEventInput;
import org.biwu.db.Database;
import org.biwu.db.Locks;
import org.biwu.history.ChangeAction;
import org.biwu.history.ChangeHistory;
import org.biwu.history.FieldChange;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.security.Access;
import org.biwu.security.Grant;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/** Competitions and their events: creation, lifecycle, results visibility. */
@ApplicationScoped
public class CompetitionService {

    /** Largest page of {@code competitions(first:)}. */
    public static final int MAX_PAGE = 100;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    StandingsOutbox outbox;

    @Inject
    ChangeHistory history;

    @Inject
    EventDependents dependents;

    /** The organization running each competition asked about so far: it never changes. */
    private final Map<Long, Long> organizationOf = new ConcurrentHashMap<>();

    /** Organizers may set up competitions and events: the realm role, before anything is read. */
    private void requireOrganizer() {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
    }

    /** The number of the organization that runs the competition, or null when there is no such competition. */
    public Uni<Long> organizationOf(long competition) {
        return organizationsOf(List.of(competition)).map(found -> found.get(competition));
    }

    /** The number of the organization running each competition of {@code competitions} that exists, by competition number. */
    public Uni<Map<Long, Long>> organizationsOf(java.util.Collection<Long> competitions) {
        Map<Long, Long> out = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        competitions.forEach(c -> {
            Long known = organizationOf.get(c);
            if (known != null) {
                out.put(c, known);
            } else {
                missing.add(c);
            }
        });
        if (missing.isEmpty()) {
            return Uni.createFrom().item(out);
        }
        return db.read(s -> s.createSelectionQuery("select id, organizationId from CompetitionEntity where id in :ids", Object[].class)
                .setParameter("ids", missing).getResultList()).map(rows -> {
                    rows.forEach(r -> {
                        organizationOf.put((Long) r[0], (Long) r[1]);
                        out.put((Long) r[0], (Long) r[1]);
                    });
                    return out;
                });
    }

    /**
     * True when the caller is ORGANIZER (or ADMIN) of the organization that runs the competition or
     * of one above it: they manage its events, registrations, panels, status, visibility and promotion evaluation.
     */
    public Uni<Boolean> organizes(long competition) {
        return organizationOf(competition).chain(o -> o == null ? Uni.createFrom().item(false) : access.holds(ScopedRole.ORGANIZER, o));
    }

    /** Refuses with FORBIDDEN (naming {@code path}) unless the caller {@link #organizes} the competition. */
    public Uni<Void> requireOrganizer(long competition, Object... path) {
        return organizes(competition).map(yes -> {
            if (!yes) {
                throw access.forbidden(ScopedRole.ORGANIZER, path);
            }
            return null;
        });
    }

    /** The organization a new competition is for: the one named, else the caller's only one as ORGANIZER. */
    private Uni<Long> runningOrganization(String organizationId) {
        if (organizationId != null) {
            long number = NodeId.parse("Organization", organizationId, "organizationId");
            return access.require(ScopedRole.ORGANIZER, number, "organizationId").replaceWith(number);
        }
        return access.grants().map(grants -> {
            List<Long> mine = grants.stream().filter(g -> g.role().gives(ScopedRole.ORGANIZER)).map(Grant::organizationId).distinct().toList();
            if (mine.isEmpty()) {
                throw access.forbidden(ScopedRole.ORGANIZER, "organizationId");
            }
            if (mine.size() > 1) {
                throw DomainException.of(UserErrorCode.INVALID, m -> m.severalOrganizations(mine.size()), "organizationId");
            }
            return mine.get(0);
        });
    }

    public Uni<Competition> create(CreateCompetitionInput in) {
        requireOrganizer();
        List<Refusal> errors = facts(in.name(), in.startsOn(), in.endsOn());
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return runningOrganization(in.organizationId()).chain(organization -> store(in, organization));
    }

    private Uni<Competition> store(CreateCompetitionInput in, long organization) {
        CompetitionEntity c = new CompetitionEntity();
        c.organizationId = organization;
        c.name = in.name().strip();
        c.kind = in.kind();
        c.level = in.level();
        c.status = CompetitionStatus.DRAFT;
        c.organizerName = in.organizerName();
        c.startsOn = in.startsOn();
        c.endsOn = in.endsOn();
        c.resultsVisibility = in.resultsVisibility() == null ? ResultsVisibility.LIVE : in.resultsVisibility();
        c.createdBy = access.username();
        c.createdAt = OffsetDateTime.now();
        return db.write(s -> s.persist(c).replaceWith(() -> new Competition(c)));
    }

    /**
     * Corrects a competition's facts (UpdateCompetitionInput says what may change until when) and
     * records the correction in its history.
     */
    public Uni<Competition> update(UpdateCompetitionInput in) {
        requireOrganizer();
        long number = NodeId.parse("Competition", in.id(), "id");
        List<Refusal> errors = facts(in.name(), in.startsOn(), in.endsOn());
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return db.write(s -> lockManaged(s, number, "id").chain(c -> {
            String status = c.status.name();
            if (c.status.compareTo(CompetitionStatus.FINAL) >= 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.competitionIsFinal(m.competitionStatus(status)), "id");
            }
            CompetitionKind kind = in.kind() == null ? c.kind : in.kind();
            if (kind != c.kind && c.status != CompetitionStatus.DRAFT) {
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.kindFixed(m.competitionStatus(status)), "kind"));
            } else if (kind != c.kind && c.approvalStatus != ApprovalStatus.NOT_DECLARED) {
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.kindFixedDeclared(), "kind"));
            }
            if (in.level() != c.level && c.status.compareTo(CompetitionStatus.SCORING_CLOSED) >= 0) {
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.levelFixed(m.competitionStatus(status)), "level"));
            } else if (in.level() != c.level && c.kind == CompetitionKind.LABOR
                    && (c.approvalStatus == ApprovalStatus.DECLARED || c.approvalStatus == ApprovalStatus.APPROVED)) {
                // the level is what was declared and approved (a district project does not become a provincial one)
                errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.planFixed(m.approvalStatus(c.approvalStatus.name())), "level"));
            }
            if (!errors.isEmpty()) {
                throw new DomainException(errors);
            }
            String organizer = Inputs.blankToNull(in.organizerName());
            List<FieldChange> changed = FieldChange.changes(FieldChange.of("name", c.name, in.name().strip()), FieldChange.of("kind", c.kind, kind),
                    FieldChange.of("level", c.level, in.level()), FieldChange.of("organizerName", c.organizerName, organizer),
                    FieldChange.of("startsOn", c.startsOn, in.startsOn()), FieldChange.of("endsOn", c.endsOn, in.endsOn()));
            c.name = in.name().strip();
            c.kind = kind;
            c.level = in.level();
            c.organizerName = organizer;
            c.startsOn = in.startsOn();
            c.endsOn = in.endsOn();
            return history.record(s, new ChangeHistory.Subject(number, "Competition", number, c.name), ChangeAction.UPDATED,
                    changed, null).map(v -> new Competition(c));
        }).call(c -> outbox.competitionChanged(s, number)));
    }

    /** What is wrong with a competition's name and dates, field by field. */
    private static List<Refusal> facts(String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        List<Refusal> errors = new ArrayList<>();
        if (name.isBlank()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.endsBeforeStart(endsOn.toString(), startsOn.toString()), "endsOn"));
        }
        return errors;
    }

    /** A competition the caller may see, or null. DRAFT competitions are for organizers only. */
    public Uni<Competition> find(String id) {
        long number = NodeId.parse("Competition", id, "id");
        return db.read(s -> s.find(CompetitionEntity.class, number))
                .chain(c -> c == null ? Uni.createFrom().nullItem() : visible(c).map(yes -> yes ? new Competition(c) : null));
    }

    public Uni<Competition> find(long number) {
        return db.read(s -> s.find(CompetitionEntity.class, number)).map(c -> c == null ? null : new Competition(c));
    }

    /** An event the caller may see, or null: events of DRAFT competitions are for organizers only. */
    public Uni<Event> visibleEvent(long number) {
        return events.find(number).chain(e -> e == null ? Uni.createFrom().nullItem()
                : db.read(s -> s.find(CompetitionEntity.class, e.competitionNumber())).chain(this::visible).map(yes -> yes ? e : null));
    }

    /** The competition's status, read in the caller's transaction. */
    public Uni<CompetitionStatus> status(Mutiny.Session s, long number) {
        return s.find(CompetitionEntity.class, number).map(c -> c.status);
    }

    /** What storing marks of an event needs to know: the competition's status and the event's revision. */
    public record MarkingState(CompetitionStatus status, int revision) {
    }

    /**
     * The state marks of the event are stored in, in the caller's transaction, which from here on
     * shares the event's scheme lock ({@link Locks.Kind#MARKING_SCHEME}): a correction of the scheme
     * waits for it to commit, and it for the correction. The lock is taken first, in a statement of
     * its own: a statement sees the database as it was when the statement began, so the revision is
     * read only once a correction that held the lock has committed.
     */
    public Uni<MarkingState> markingState(Mutiny.Session s, long event) {
        return Locks.hold(s, Locks.Lock.shared(Locks.Kind.MARKING_SCHEME, event))
                .chain(() -> s.createNativeQuery("select c.status, e.revision from event e join competition c on c.id = e.competition_id "
                        + "where e.id = :e", Object[].class).setParameter("e", event).getSingleResult())
                .map(row -> new MarkingState(CompetitionStatus.valueOf((String) row[0]), ((Number) row[1]).intValue()));
    }

    /**
     * Whether the caller may see the competition: a DRAFT one only its organizers (ORGANIZER of its
     * organization or above); any other one every signed-in person, and a partner system (a service
     * account) when it is PARTNER of the organization or above (what its organizations publish).
     */
    private Uni<Boolean> visible(CompetitionEntity c) {
        if (c.status != CompetitionStatus.DRAFT && !access.isServiceAccount()) {
            return Uni.createFrom().item(true);
        }
        Uni<Boolean> organizer = access.holds(ScopedRole.ORGANIZER, c.organizationId);
        return c.status == CompetitionStatus.DRAFT ? organizer
                : organizer.chain(yes -> yes ? Uni.createFrom().item(true) : access.holds(ScopedRole.PARTNER, c.organizationId));
    }

    /** A page of competitions, newest first. */
    public record Page(List<Competition> competitions, PageInfo pageInfo, int totalCount) {
    }

    /**
     * Competitions the caller may see ({@link #visible}), newest first: all of them, or those run by
     * the organization with path {@code subtree} or one below it.
     */
    public Uni<Page> list(Integer first, String after, CompetitionKind kind, CompetitionStatus status, String subtree) {
        access.requireAuthenticated();
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_PAGE) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED,
                    m -> m.between("0", String.valueOf(MAX_PAGE)), "first");
        }
        Long before = after == null ? null : NodeId.parse("Competition", after, "after");
        boolean partnerSystem = access.isServiceAccount();
        return access.scope(ScopedRole.ORGANIZER).chain(organizer -> (partnerSystem ? access.scope(ScopedRole.PARTNER)
                : Uni.createFrom().item(organizer)).chain(partner -> {
            String run = " organizationId in (select o.id from OrganizationEntity o where ";
            // only the filters given become conditions (a null parameter has no type PostgreSQL can infer)
            String where = " where 1 = 1" + (kind == null ? "" : " and kind = :kind") + (status == null ? "" : " and status = :status")
                    + " and (status <> :draft" + (organizer.isEmpty() ? "" : " or" + run + organizer.condition("o.path") + ")") + ")"
                    + (partnerSystem ? " and (" + run + partner.condition("o.path") + ")" + (organizer.isEmpty() ? ""
                    : " or" + run + organizer.condition("o.path") + ")") + ")" : "")
                    + (subtree == null ? "" : " and" + run + "o.path like :subtree)");
            return db.read(s -> {
                Mutiny.SelectionQuery<CompetitionEntity> page = s.createSelectionQuery("from CompetitionEntity" + where
                        + (before == null ? "" : " and id < :before") + " order by id desc", CompetitionEntity.class);
                Mutiny.SelectionQuery<Long> count = s.createSelectionQuery("select count(*) from CompetitionEntity" + where, Long.class);
                bind(page, kind, status, subtree).setMaxResults(size + 1);
                if (before != null) {
                    page.setParameter("before", before);
                }
                bind(count, kind, status, subtree);
                return page.getResultList().chain(rows -> count.getSingleResult().map(total -> {
                    boolean more = rows.size() > size;
                    List<Competition> list = rows.stream().limit(size).map(Competition::new).toList();
                    return new Page(list, new PageInfo(more, before != null,
                            list.isEmpty() ? null : list.get(0).getId(),
                            list.isEmpty() ? null : list.get(list.size() - 1).getId()), total.intValue());
                }));
            });
        }));
    }

    private static <Q extends Mutiny.SelectionQuery<?>> Q bind(Q q, CompetitionKind kind, CompetitionStatus status, String subtree) {
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (subtree != null) {
            q.setParameter("subtree", subtree + "%");
        }
        q.setParameter("draft", CompetitionStatus.DRAFT);
        return q;
    }

    /** A move of a competition's status: where it was, and the competition as it is now. */
    public record StatusMove(CompetitionStatus before, Competition competition) {

        /**
         * True when the move takes the competition's results to PUBLISHED or to FINAL for the first time: the
         * final awards are kept then, and kept again at FINAL (a disqualification during the notice period changes them).
         */
        public boolean publishes() {
            return crosses(CompetitionStatus.PUBLISHED) || crosses(CompetitionStatus.FINAL);
        }

        /** True when the move closes scoring: from RUNNING or before to SCORING_CLOSED or after. */
        public boolean closesScoring() {
            return crosses(CompetitionStatus.SCORING_CLOSED);
        }

        /** True when the move takes the competition from before {@code status} to it or beyond. */
        public boolean crosses(CompetitionStatus status) {
            return before.compareTo(status) < 0 && competition.status.compareTo(status) >= 0;
        }
    }

    /**
     * In {@code s}'s transaction, with the competition locked by {@link #setStatus}: records its
     * publication by the caller now, with a notice period of {@code noticeDays} days; the competition as it is then.
     */
    public Uni<Competition> recordPublication(Mutiny.Session s, long number, int noticeDays) {
        return lock(s, number).map(c -> {
            c.publishedAt = OffsetDateTime.now();
            c.noticeEndsAt = c.publishedAt.plusDays(noticeDays);
            c.publishedBy = access.username();
            return new Competition(c);
        });
    }

    /** In {@code s}'s transaction: the competition's status and publication, read under a share lock (a finalisation waits). */
    public Uni<Competition> lockedForAppeal(Mutiny.Session s, long number) {
        return s.find(CompetitionEntity.class, number, org.hibernate.LockMode.PESSIMISTIC_READ).map(c -> {
            if (c == null) {
                throw DomainException.notFound(m -> m.thing("Competition"), NodeId.of("Competition", number), "id");
            }
            return new Competition(c);
        });
    }

    /**
     * In {@code s}'s transaction: moves the competition forward to {@code status}; moving back is
     * refused with WRONG_STATE, and so is a LABOR competition leaving DRAFT before it is APPROVED.
     */
    public Uni<StatusMove> setStatus(Mutiny.Session s, String id, CompetitionStatus status) {
        requireOrganizer();
        long number = NodeId.parse("Competition", id, "id");
        return lockManaged(s, number, "id").map(c -> {
            if (status.compareTo(c.status) < 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.movesForwardOnly(
                        m.competitionStatus(c.status.name()), m.competitionStatus(status.name())), "status");
            }
            if (c.kind == CompetitionKind.LABOR && status != CompetitionStatus.DRAFT && c.approvalStatus != ApprovalStatus.APPROVED) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.approvalNeeded(m.approvalStatus(c.approvalStatus.name())), "status");
            }
            CompetitionStatus before = c.status;
            c.status = status;
            return new StatusMove(before, new Competition(c));
        }).call(move -> outbox.competitionChanged(s, number));
    }

    /**
     * In {@code s}'s transaction: the competition, locked for change, when the caller
     * {@link #organizes} it; FORBIDDEN (naming {@code path}) when not, NOT_FOUND when there is none.
     */
    public Uni<CompetitionEntity> lockManaged(Mutiny.Session s, long number, Object... path) {
        return lock(s, number).call(c -> access.require(ScopedRole.ORGANIZER, c.organizationId, path));
    }

    private Uni<CompetitionEntity> lock(Mutiny.Session s, long number) {
        return s.find(CompetitionEntity.class, number, org.hibernate.LockMode.PESSIMISTIC_WRITE).map(c -> {
            if (c == null) {
                throw DomainException.notFound(m -> m.thing("Competition"), NodeId.of("Competition", number), "id");
            }
            return c;
        });
    }

    public Uni<Event> createEvent(CreateEventInput in) {
        requireOrganizer();
        long competition = NodeId.parse("Competition", in.competitionId(), "competitionId");
        SchemeValidator.Checked checked = SchemeValidator.check(in);
        Scheme scheme = checked.scheme();
        return db.write(s -> lockManaged(s, competition, "competitionId").chain(c -> {
            if (c.status.compareTo(CompetitionStatus.RUNNING) > 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE,
                        m -> m.eventsAddedUntilRunning(m.competitionStatus(c.status.name())), "competitionId");
            }
            refuseWhenPlanFixed(c, "competitionId");
            EventEntity e = new EventEntity();
            e.competitionId = competition;
            e.name = in.name().strip();
            e.occupationCode = in.occupationCode();
            e.format = in.format();
            e.teamSize = checked.teamSize();
            e.scoreDecimals = checked.scoreDecimals();
            e.conflictPolicy = checked.conflictPolicy();
            e.doubleEntry = Boolean.TRUE.equals(in.doubleEntry());
            e.anonymousJudging = Boolean.TRUE.equals(in.anonymousJudging());
            e.scheme = events.write(scheme);
            e.createdAt = OffsetDateTime.now();
            return s.persist(e).call(s::flush)
                    .call(() -> outbox.createRounds(s, e.id, scheme.rounds().stream().map(Round::code).toList()))
                    .map(v -> e);
        })).map(events::remember);
    }

    /**
     * Corrects an event (UpdateEventInput says what may change until when): validated like a new
     * event, then stored with its revision raised, in one transaction that holds the event's scheme
     * lock, with its history; every replica then drops its copy and the standings reload.
     */
    public Uni<Event> updateEvent(UpdateEventInput in) {
        requireOrganizer();
        long number = NodeId.parse("Event", in.id(), "id");
        SchemeValidator.Checked checked = SchemeValidator.check(in);
        // the scheme lock keeps marks out while the scheme changes; the registrations lock keeps
        // registrations of the old format out while the format changes
        return db.write(s -> Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.MARKING_SCHEME, number),
                        Locks.Lock.exclusive(Locks.Kind.REGISTRATIONS, number))
                .chain(() -> s.find(EventEntity.class, number))
                .chain(e -> {
                    if (e == null) {
                        throw DomainException.notFound(m -> m.thing("Event"), in.id(), "id");
                    }
                    return lockManaged(s, e.competitionId, "id").chain(c -> dependents.of(s, number)
                            .chain(used -> correct(s, c, e, in, checked, used)));
                })).map(events::remember);
    }

    /** The event corrected in the caller's transaction, or refused whole; as it is when nothing changed. */
    private Uni<EventEntity> correct(Mutiny.Session s, CompetitionEntity c, EventEntity e, UpdateEventInput in,
                                     SchemeValidator.Checked checked, EventDependents.Dependents used) {
        Scheme scheme = checked.scheme();
        int teamSize = checked.teamSize();
        int decimals = checked.scoreDecimals();
        ConflictPolicy policy = checked.conflictPolicy();
        String status = c.status.name();
        if (c.status.compareTo(CompetitionStatus.FINAL) >= 0) {
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.competitionIsFinal(m.competitionStatus(status)), "id");
        }
        refuseWhenPlanFixed(c, "id");
        Scheme before = events.schemeOf(e);
        List<Refusal> errors = new ArrayList<>();
        // a round with marks stays as it is (another round may still be added or changed: a skill
        // competition's next round; a labor competition's plan is fixed once declared); score
        // decimals and the conflict policy apply to every mark
        boolean marking = !scheme.rounds().equals(before.rounds()) || decimals != e.scoreDecimals || policy != e.conflictPolicy;
        long marks = used.marksByRound().values().stream().mapToLong(Long::longValue).sum();
        if (marking && c.status.compareTo(CompetitionStatus.SCORING_CLOSED) >= 0) {
            errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.schemeFixedClosed(m.competitionStatus(status)), "rounds"));
        } else if ((decimals != e.scoreDecimals || policy != e.conflictPolicy) && marks > 0) {
            errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.schemeFixedMarked((int) marks),
                    decimals != e.scoreDecimals ? "scoreDecimals" : "conflictPolicy"));
        } else {
            for (Round marked : before.rounds()) {
                long given = used.marksByRound().getOrDefault(marked.code(), 0L);
                if (given > 0 && !scheme.rounds().contains(marked)) {
                    errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.roundFixedMarked(marked.code(), (int) given), "rounds"));
                }
            }
        }
        boolean ranking = !scheme.awards().equals(before.awards()) || !scheme.tieBreakModules().equals(before.tieBreakModules());
        if (ranking && c.status.compareTo(CompetitionStatus.PUBLISHED) >= 0) {
            errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.awardsFixed(m.competitionStatus(status)), "awards"));
        }
        if ((in.format() != e.format || teamSize != e.teamSize) && used.registrations() > 0) {
            errors.add(Refusal.of(UserErrorCode.WRONG_STATE, m -> m.formatFixed((int) used.registrations()), "format"));
        }
        java.util.Set<String> aspects = new java.util.HashSet<>();
        scheme.rounds().forEach(r -> r.modules().forEach(mod -> mod.aspects().forEach(a -> aspects.add(a.code()))));
        used.judgeAspects().forEach((judge, given) -> given.stream().filter(a -> !aspects.contains(a)).findFirst()
                .ifPresent(gone -> errors.add(Refusal.of(UserErrorCode.CONFLICT, m -> m.judgeHoldsAspect(judge, gone), "rounds"))));
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        List<String> roundsBefore = before.rounds().stream().map(Round::code).toList();
        List<String> roundsAfter = scheme.rounds().stream().map(Round::code).toList();
        List<FieldChange> changed = new ArrayList<>(FieldChange.changes(FieldChange.of("name", e.name, in.name().strip()),
                FieldChange.of("occupationCode", e.occupationCode, in.occupationCode()), FieldChange.of("format", e.format, in.format()),
                FieldChange.of("teamSize", e.teamSize, teamSize), FieldChange.of("scoreDecimals", e.scoreDecimals, decimals),
                FieldChange.of("conflictPolicy", e.conflictPolicy, policy),
                FieldChange.of("rounds", outline(before), outline(scheme)),
                FieldChange.of("awards", before.awards().stream().map(AwardRule::name).toList(),
                        scheme.awards().stream().map(AwardRule::name).toList()),
                FieldChange.of("tieBreakModules", before.tieBreakModules(), scheme.tieBreakModules())));
        if (changed.isEmpty() && scheme.rounds().equals(before.rounds())) {
            return Uni.createFrom().item(e);
        }
        if (changed.stream().noneMatch(f -> f.field().equals("rounds")) && !scheme.rounds().equals(before.rounds())) {
            // a detail the outline leaves out (an aggregation, a judge count …): the history gets the rounds whole
            changed.add(new FieldChange("rounds", events.write(before), events.write(scheme)));
        }
        e.name = in.name().strip();
        e.occupationCode = in.occupationCode();
        e.format = in.format();
        e.teamSize = teamSize;
        e.scoreDecimals = decimals;
        e.conflictPolicy = policy;
        e.scheme = events.write(scheme);
        e.revision++;
        return s.flush()
                .call(() -> outbox.eventChanged(s, e.id, roundsBefore, roundsAfter))
                .call(() -> history.record(s, new ChangeHistory.Subject(c.id, "Event", e.id, e.name), ChangeAction.UPDATED,
                        changed, null))
                .map(v -> e);
    }

    /**
     * A labor competition's plan (its events with their indicators, periods and awards) is what was
     * declared: fixed while the declaration waits and once it is approved (WRONG_STATE naming {@code field}).
     */
    private static void refuseWhenPlanFixed(CompetitionEntity c, String field) {
        if (c.kind == CompetitionKind.LABOR && (c.approvalStatus == ApprovalStatus.DECLARED || c.approvalStatus == ApprovalStatus.APPROVED)) {
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.planFixed(m.approvalStatus(c.approvalStatus.name())), field);
        }
    }

    /**
     * A scheme in one line for its history: each round's code and name, its modules with their
     * weights and their aspects with their maximum marks,
     * "final 决赛: T 理论 ×0.3 (T1 笔试 ≤100); P 实操 ×0.7 (P1 焊缝外观 ≤40, P2 尺寸 ≤60)".
     */
    private static String outline(Scheme scheme) {
        return String.join(" | ", scheme.rounds().stream().map(r -> r.code() + " " + r.name() + ": " + String.join("; ", r.modules().stream()
                .map(mod -> mod.code() + " " + mod.name() + " ×" + number(mod.weight()) + " (" + String.join(", ", mod.aspects().stream()
                        .map(a -> a.code() + " " + a.name() + " ≤" + number(a.maxMark())).toList()) + ")")
                .toList())).toList());
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
