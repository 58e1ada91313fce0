package org.biwu.competition;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.PageInfo;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionInputs.CreateCompetitionInput;
import org.biwu.competition.CompetitionInputs.CreateEventInput;
import org.biwu.db.Database;
import org.biwu.live.StandingsChanges;
import org.biwu.security.Access;
import org.biwu.security.Role;
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
    StandingsChanges changes;

    /** Organizers may set up competitions and events. */
    private void requireOrganizer() {
        access.requireAny(Role.ORGANIZER);
    }

    public Uni<Competition> create(CreateCompetitionInput in) {
        requireOrganizer();
        List<Refusal> errors = new ArrayList<>();
        if (in.name().isBlank()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name"));
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.endsBeforeStart(in.endsOn().toString(), in.startsOn().toString()), "endsOn"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new DomainException(errors));
        }
        CompetitionEntity c = new CompetitionEntity();
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

    /** A competition the caller may see, or null. DRAFT competitions are for organizers only. */
    public Uni<Competition> find(String id) {
        long number = NodeId.parse("Competition", id, "id");
        return db.read(s -> s.find(CompetitionEntity.class, number))
                .map(c -> c == null || !visible(c) ? null : new Competition(c));
    }

    public Uni<Competition> find(long number) {
        return db.read(s -> s.find(CompetitionEntity.class, number)).map(c -> c == null ? null : new Competition(c));
    }

    /** An event the caller may see, or null: events of DRAFT competitions are for organizers only. */
    public Uni<Event> visibleEvent(long number) {
        return events.find(number).chain(e -> e == null ? Uni.createFrom().nullItem()
                : access.has(Role.ORGANIZER) ? Uni.createFrom().item(e)
                : find(e.competitionNumber()).map(c -> c.status == CompetitionStatus.DRAFT ? null : e));
    }

    /** The competition's status, read in the caller's transaction. */
    public Uni<CompetitionStatus> status(Mutiny.Session s, long number) {
        return s.find(CompetitionEntity.class, number).map(c -> c.status);
    }

    private boolean visible(CompetitionEntity c) {
        return c.status != CompetitionStatus.DRAFT || access.has(Role.ORGANIZER);
    }

    /** A page of competitions, newest first. */
    public record Page(List<Competition> competitions, PageInfo pageInfo, int totalCount) {
    }

    public Uni<Page> list(Integer first, String after, CompetitionKind kind, CompetitionStatus status) {
        access.requireAuthenticated();
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_PAGE) {
            return Uni.createFrom().failure(DomainException.of(UserErrorCode.LIMIT_EXCEEDED,
                    m -> m.between("0", String.valueOf(MAX_PAGE)), "first"));
        }
        Long before = after == null ? null : NodeId.parse("Competition", after, "after");
        boolean drafts = access.has(Role.ORGANIZER);
        // only the filters given become conditions (a null parameter has no type PostgreSQL can infer)
        String where = " where 1 = 1" + (kind == null ? "" : " and kind = :kind") + (status == null ? "" : " and status = :status")
                + (drafts ? "" : " and status <> :draft");
        return db.read(s -> {
            Mutiny.SelectionQuery<CompetitionEntity> page = s.createSelectionQuery("from CompetitionEntity" + where
                    + (before == null ? "" : " and id < :before") + " order by id desc", CompetitionEntity.class);
            Mutiny.SelectionQuery<Long> count = s.createSelectionQuery("select count(*) from CompetitionEntity" + where, Long.class);
            bind(page, kind, status, drafts).setMaxResults(size + 1);
            if (before != null) {
                page.setParameter("before", before);
            }
            bind(count, kind, status, drafts);
            return page.getResultList().chain(rows -> count.getSingleResult().map(total -> {
                boolean more = rows.size() > size;
                List<Competition> list = rows.stream().limit(size).map(Competition::new).toList();
                return new Page(list, new PageInfo(more, before != null,
                        list.isEmpty() ? null : list.get(0).getId(),
                        list.isEmpty() ? null : list.get(list.size() - 1).getId()), total.intValue());
            }));
        });
    }

    private static <Q extends Mutiny.SelectionQuery<?>> Q bind(Q q, CompetitionKind kind, CompetitionStatus status, boolean drafts) {
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (!drafts) {
            q.setParameter("draft", CompetitionStatus.DRAFT);
        }
        return q;
    }

    /** Moves the competition forward to {@code status}; moving back is refused with WRONG_STATE. */
    public Uni<Competition> setStatus(String id, CompetitionStatus status) {
        requireOrganizer();
        long number = NodeId.parse("Competition", id, "id");
        return db.write(s -> lock(s, number).map(c -> {
            if (status.compareTo(c.status) < 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.movesForwardOnly(
                        m.competitionStatus(c.status.name()), m.competitionStatus(status.name())), "status");
            }
            c.status = status;
            return new Competition(c);
        })).call(c -> changes.competitionChanged(number));
    }

    /** Sets what outsiders see; FROZEN keeps the standings of this moment for them. */
    public Uni<Competition> setVisibility(String id, ResultsVisibility visibility) {
        requireOrganizer();
        long number = NodeId.parse("Competition", id, "id");
        return db.write(s -> lock(s, number).chain(c -> {
            ResultsVisibility before = c.resultsVisibility;
            c.resultsVisibility = visibility;
            if (visibility == ResultsVisibility.FROZEN && before == ResultsVisibility.FROZEN) {
                return Uni.createFrom().item(new Competition(c));
            }
            return events.ofCompetition(number).chain(list -> visibility == ResultsVisibility.FROZEN
                    ? changes.freeze(s, list) : changes.thaw(s, list)).map(v -> new Competition(c));
        })).call(c -> changes.competitionChanged(number));
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
        SchemeValidator validator = new SchemeValidator();
        Scheme scheme = validator.scheme(in);
        int teamSize = validator.teamSize(in);
        int decimals = validator.scoreDecimals(in);
        if (!validator.errors().isEmpty()) {
            return Uni.createFrom().failure(new DomainException(validator.errors()));
        }
        return db.write(s -> lock(s, competition).chain(c -> {
            if (c.status.compareTo(CompetitionStatus.RUNNING) > 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE,
                        m -> m.eventsAddedUntilRunning(m.competitionStatus(c.status.name())), "competitionId");
            }
            EventEntity e = new EventEntity();
            e.competitionId = competition;
            e.name = in.name().strip();
            e.occupationCode = in.occupationCode();
            e.format = in.format();
            e.teamSize = teamSize;
            e.scoreDecimals = decimals;
            e.conflictPolicy = in.conflictPolicy() == null ? ConflictPolicy.BLOCK : in.conflictPolicy();
            e.scheme = events.write(scheme);
            e.createdAt = OffsetDateTime.now();
            return s.persist(e).call(s::flush)
                    .call(() -> changes.createRounds(s, e.id, scheme.rounds().stream().map(Round::code).toList()))
                    .map(v -> events.remember(e));
        }));
    }
}
