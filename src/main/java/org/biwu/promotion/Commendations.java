package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.Inputs;
import org.biwu.api.Language;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.changes.ChangeFeed;
import org.biwu.changes.ChangeKind;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionEntity;
import org.biwu.competition.CompetitionKind;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.db.Database;
import org.biwu.history.ChangeAction;
import org.biwu.history.ChangeHistory;
import org.biwu.history.FieldChange;
import org.biwu.live.LiveStandings;
import org.biwu.organizations.OrganizationEntity;
import org.biwu.people.NationalIds;
import org.biwu.people.Person;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonService;
import org.biwu.promotion.CommendationInputs.CommendationPayload;
import org.biwu.promotion.CommendationInputs.DecideCommendationInput;
import org.biwu.promotion.CommendationInputs.NominateForCommendationInput;
import org.biwu.promotion.CommendationInputs.SetCommendationQuotaInput;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.biwu.scoring.StandingsEntry;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.biwu.security.Scope;
import org.biwu.security.ScopedRole;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Year-end commendation of individuals (先进个人) in a labor competition, once its results are
 * published: the competition's organizers give each participating unit (a registration) a quota;
 * the unit — HR or ORGANIZER of its organization, or the competition's organizers for it — nominates
 * its own workers within the quota, with a citation, and may withdraw a nomination until it is
 * decided; the organizers approve (the person gets the title as an APPROVED TITLE promotion outcome
 * under the policy 劳动竞赛年终表扬（先进个人）) or reject it with a note. A unit vetoed in the final
 * standings takes no part. Every change is in the competition's history.
 */
@ApplicationScoped
public class Commendations {

    /** The title an approved nomination grants. */
    public static final String TITLE = "先进个人";
    /** The most persons one unit may be given, the longest name, citation and note, in characters. */
    public static final int MAX_QUOTA = 1000;
    public static final int MAX_NAME = 100;
    public static final int MAX_CITATION = 1000;
    public static final int MAX_NOTE = 1000;
    /** The template key of the policy every commendation outcome is granted under (migration V11). */
    static final String POLICY = "labor-commendation";

    @Inject
    ChangeFeed changes;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    Language language;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    Registrations registrations;

    @Inject
    PersonService persons;

    @Inject
    PromotionReasons reasons;

    @Inject
    PolicyMapping mapping;

    @Inject
    ChangeHistory history;

    /** A participating unit being changed: its registration, event and competition (locked for change). */
    private record Unit(Registration registration, Event event, CompetitionEntity competition) {
        String name() {
            return registration.unitName();
        }
    }

    /** The organizers give a unit its quota: 0 to {@link #MAX_QUOTA} persons, never below the nominations it has made. */
    public Uni<CommendationPayload> setQuota(SetCommendationQuotaInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Registration", in.registrationId(), "registrationId");
        if (in.quota() < 0 || in.quota() > MAX_QUOTA) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.between("0", String.valueOf(MAX_QUOTA)), "quota");
        }
        return db.write(s -> unit(s, number, "registrationId")
                .call(u -> access.require(ScopedRole.ORGANIZER, u.competition().organizationId, "registrationId"))
                .call(u -> open(u, "registrationId"))
                .call(u -> in.quota() == 0 ? Uni.createFrom().voidItem() : refuseVetoed(u, "quota"))
                .call(u -> liveNominations(s, number).invoke(used -> {
                    if (in.quota() < used) {
                        throw DomainException.of(UserErrorCode.CONFLICT, m -> m.quotaBelowNominations(used.intValue()), "quota");
                    }
                }))
                .chain(u -> s.find(CommendationQuotaEntity.class, number).chain(q -> {
                    Integer before = q == null ? null : q.quota;
                    CommendationQuotaEntity quota = q != null ? q : new CommendationQuotaEntity();
                    quota.registrationId = number;
                    quota.competitionId = u.competition().id;
                    quota.quota = in.quota();
                    quota.setBy = access.username();
                    quota.setAt = OffsetDateTime.now();
                    return (q == null ? s.persist(quota) : Uni.createFrom().voidItem())
                            .chain(() -> history.record(s, new ChangeHistory.Subject(u.competition().id, "CommendationQuota", number, u.name()),
                                    ChangeAction.UPDATED, FieldChange.changes(FieldChange.of("quota", before, quota.quota)), null))
                            .replaceWith(u.competition().id);
                })))
                .chain(competition -> answer(competition, null));
    }

    /**
     * The unit nominates one of its workers: a person already employed elsewhere (their organization
     * on record outside the unit's) is refused; a person without an employer on record gets the unit's
     * organization, as a registration does.
     */
    public Uni<CommendationPayload> nominate(NominateForCommendationInput in) {
        access.requireAny(Role.HR, Role.ORGANIZER, Role.ADMIN);
        long number = NodeId.parse("Registration", in.registrationId(), "registrationId");
        String name = in.name().strip();
        if (name.isEmpty()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooLong(MAX_NAME), "name");
        }
        String citation = Inputs.blankToNull(in.citation());
        if (citation == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "citation");
        }
        if (citation.length() > MAX_CITATION) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooLong(MAX_CITATION), "citation");
        }
        String nationalId = Inputs.blankToNull(in.nationalId()) == null ? null : NationalIds.normalize(in.nationalId());
        if (nationalId != null && NationalIds.problem(nationalId) != null) {
            throw DomainException.of(UserErrorCode.INVALID, NationalIds.problem(nationalId), "nationalId");
        }
        String username = Inputs.blankToNull(in.username());
        return db.write(s -> unit(s, number, "registrationId").call(u -> requireSpeaksFor(u, "registrationId"))
                .call(u -> open(u, "registrationId")).call(u -> takingPart(u, "registrationId"))
                .call(u -> refuseVetoed(u, "registrationId"))
                .call(u -> s.find(CommendationQuotaEntity.class, number).chain(q -> liveNominations(s, number).invoke(used -> {
                    int quota = q == null ? 0 : q.quota;
                    if (used >= quota) {
                        throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.quotaUsedUp(quota), "registrationId");
                    }
                })))
                .chain(u -> persons.findOrCreate(s, new PersonService.Facts(name, u.registration().affiliation, nationalId, null, null,
                                username), "name")
                        .call(p -> ownWorker(s, u, p))
                        .call(p -> s.createSelectionQuery("select count(*) from CommendationNominationEntity where competitionId = :c "
                                        + "and personId = :p and status in :live", Long.class).setParameter("c", u.competition().id)
                                .setParameter("p", p.id).setParameter("live", NominationStatus.LIVE)
                                .getSingleResult().invoke(count -> {
                                    if (count > 0) {
                                        throw DomainException.of(UserErrorCode.DUPLICATE, m -> m.alreadyNominated(p.name), "name");
                                    }
                                }))
                        .chain(p -> {
                            CommendationNominationEntity e = new CommendationNominationEntity();
                            e.competitionId = u.competition().id;
                            e.registrationId = number;
                            e.personId = p.id;
                            e.citation = citation;
                            e.status = NominationStatus.NOMINATED;
                            e.nominatedBy = access.username();
                            e.nominatedAt = OffsetDateTime.now();
                            return s.persist(e).call(s::flush).chain(() -> changed(s, u, e, p.name, ChangeAction.UPDATED, null, null))
                                    .replaceWith(e);
                        })))
                .chain(e -> answer(e.competitionId, e.id));
    }

    /** The unit (or the organizers for it) withdraws a nomination not yet decided. */
    public Uni<CommendationPayload> withdraw(String id) {
        access.requireAny(Role.HR, Role.ORGANIZER, Role.ADMIN);
        long number = NodeId.parse("CommendationNomination", id, "id");
        return db.write(s -> nomination(s, number, id, "id").chain(e -> unit(s, e.registrationId, "id")
                .call(u -> speaksFor(u).invoke(yes -> {
                    if (!yes) {
                        throw DomainException.notFound(m -> m.thing("CommendationNomination"), id, "id");
                    }
                }))
                .call(u -> undecided(e, "id"))
                .chain(u -> {
                    e.status = NominationStatus.WITHDRAWN;
                    return s.find(PersonEntity.class, e.personId)
                            .chain(p -> changed(s, u, e, p.name, ChangeAction.WITHDRAWN, NominationStatus.NOMINATED, null));
                }).replaceWith(e)))
                .chain(e -> answer(e.competitionId, e.id));
    }

    /**
     * The organizers decide a nomination. Approving it grants the title: an APPROVED TITLE outcome on
     * the person's record (the unit's registration as its evidence), audited as HR's decisions are.
     */
    public Uni<CommendationPayload> decide(DecideCommendationInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("CommendationNomination", in.nominationId(), "nominationId");
        String note = Inputs.blankToNull(in.note());
        if (!in.approve() && note == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.rejectionNeedsNote(), "note");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooLong(MAX_NOTE), "note");
        }
        return db.write(s -> nomination(s, number, in.nominationId(), "nominationId")
                .chain(e -> unit(s, e.registrationId, "nominationId")
                        .call(u -> competitions.organizes(u.competition().id).chain(yes -> yes ? Uni.createFrom().voidItem()
                                : speaksFor(u).invoke(unit -> {
                                    // the unit learns it may not decide; anybody else that there is no such nomination
                                    throw unit ? access.forbidden(ScopedRole.ORGANIZER, "nominationId")
                                            : DomainException.notFound(m -> m.thing("CommendationNomination"), in.nominationId(), "nominationId");
                                }).replaceWithVoid()))
                        .call(u -> open(u, "nominationId")).call(u -> undecided(e, "nominationId"))
                        .call(u -> !in.approve() ? Uni.createFrom().voidItem()
                                : takingPart(u, "nominationId").chain(() -> refuseVetoed(u, "nominationId")))
                        .chain(u -> s.find(PersonEntity.class, e.personId).chain(p -> {
                            String by = access.username();
                            OffsetDateTime at = OffsetDateTime.now();
                            // the outcome is stored (and flushed) before the nomination changes: an approved nomination names its outcome
                            Uni<Long> granted = in.approve() ? grant(s, u, e, p, by, at, note) : Uni.createFrom().nullItem();
                            return granted.chain(outcome -> {
                                e.status = in.approve() ? NominationStatus.APPROVED : NominationStatus.REJECTED;
                                e.outcomeId = outcome;
                                e.decidedBy = by;
                                e.decidedAt = at;
                                e.note = note;
                                return changed(s, u, e, p.name, ChangeAction.UPDATED, NominationStatus.NOMINATED, note);
                            });
                        })).replaceWith(e)))
                .chain(e -> answer(e.competitionId, e.id));
    }

    /** Stores the title as an APPROVED TITLE outcome with its decision's audit row; gives the outcome's number. */
    private Uni<Long> grant(Mutiny.Session s, Unit u, CommendationNominationEntity e, PersonEntity person, String by, OffsetDateTime at,
                            String note) {
        return s.createSelectionQuery("from PromotionPolicyEntity where templateKey = :k", PromotionPolicyEntity.class)
                .setParameter("k", POLICY).getSingleResult().chain(stored -> {
                    PromotionPolicy policy = mapping.policy(stored, language.messages());
                    PromotionOutcomeEntity o = new PromotionOutcomeEntity();
                    o.competitionId = u.competition().id;
                    o.eventId = u.registration().eventNumber();
                    o.registrationId = u.registration().number();
                    o.personId = person.id;
                    o.policyId = stored.id;
                    o.year = PromotionEvaluation.year(new Competition(u.competition()));
                    o.kind = OutcomeKind.TITLE;
                    o.title = TITLE;
                    o.status = OutcomeStatus.APPROVED;
                    o.note = note;
                    o.proposedAt = at;
                    o.decidedBy = by;
                    o.decidedAt = at;
                    reasons.store(o, OutcomeReason.commendation(policy, u.competition().name, u.event().name, person.name, u.name(),
                            e.citation, TITLE));
                    return s.persist(o).call(s::flush).chain(() -> {
                        PromotionDecisionAuditEntity audit = new PromotionDecisionAuditEntity();
                        audit.outcomeId = o.id;
                        audit.status = OutcomeStatus.APPROVED;
                        audit.note = note;
                        audit.decidedBy = by;
                        audit.decidedAt = at;
                        return s.persist(audit);
                    }).call(() -> changes.append(s, ChangeKind.OUTCOME_APPROVED, "PromotionOutcome", o.id, o.competitionId, o.personId))
                            .map(v -> o.id);
                });
    }

    /** The competition's history records the nomination's change: its status, and the note as the reason. */
    private Uni<Void> changed(Mutiny.Session s, Unit u, CommendationNominationEntity e, String person, ChangeAction action,
                              NominationStatus before, String note) {
        return history.record(s, new ChangeHistory.Subject(u.competition().id, "CommendationNomination", e.id, person), action,
                FieldChange.changes(FieldChange.of("status", before, e.status),
                        before == null ? FieldChange.of("registration", null, NodeId.of("Registration", e.registrationId)) : null),
                note);
    }

    private Uni<CommendationNominationEntity> nomination(Mutiny.Session s, long number, String id, String field) {
        return s.find(CommendationNominationEntity.class, number, LockMode.PESSIMISTIC_WRITE).map(e -> {
            if (e == null) {
                throw DomainException.notFound(m -> m.thing("CommendationNomination"), id, field);
            }
            return e;
        });
    }

    /** The registration with its event and its competition, locked for change: one change of a competition's commendation at a time. */
    private Uni<Unit> unit(Mutiny.Session s, long registration, String field) {
        return registrations.load(s, null, List.of(registration)).map(found -> found.get(registration)).chain(r -> {
            if (r == null) {
                throw DomainException.notFound(m -> m.thing("Registration"), NodeId.of("Registration", registration), field);
            }
            return events.find(s, r.eventNumber()).chain(event -> s.find(CompetitionEntity.class, event.competitionNumber(),
                    LockMode.PESSIMISTIC_WRITE).map(c -> new Unit(r, event, c)));
        });
    }

    /** True when the caller organizes the competition, or is HR or ORGANIZER of the unit's organization (or above). */
    private Uni<Boolean> speaksFor(Unit u) {
        Long organization = u.registration().unitNumber();
        return competitions.organizes(u.competition().id).chain(yes -> yes || organization == null ? Uni.createFrom().item(yes)
                : access.holds(ScopedRole.HR, organization).chain(hr -> hr ? Uni.createFrom().item(true)
                : access.holds(ScopedRole.ORGANIZER, organization)));
    }

    private Uni<Void> requireSpeaksFor(Unit u, String field) {
        return speaksFor(u).invoke(yes -> {
            if (!yes) {
                throw access.forbidden(ScopedRole.HR, field);
            }
        }).replaceWithVoid();
    }

    /** Refuses unless the competition is a labor competition whose results are published. */
    private static Uni<Void> open(Unit u, String field) {
        CompetitionEntity c = u.competition();
        if (c.kind != CompetitionKind.LABOR) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.commendationOnlyLabor(), field);
        }
        if (!opened(c.status)) {
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.commendationNotOpen(m.competitionStatus(c.status.name())), field);
        }
        return Uni.createFrom().voidItem();
    }

    private static boolean opened(CompetitionStatus status) {
        return status == CompetitionStatus.PUBLISHED || status == CompetitionStatus.FINAL;
    }

    private static Uni<Void> takingPart(Unit u, String field) {
        if (!u.registration().status.ranked()) {
            String status = u.registration().status.name();
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.unitNotTakingPart(m.registrationStatus(status)), field);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> undecided(CommendationNominationEntity e, String field) {
        if (e.status != NominationStatus.NOMINATED) {
            throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.nominationClosed(m.nominationStatus(e.status.name())), field);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> refuseVetoed(Unit u, String field) {
        long registration = u.registration().number();
        return finalStandings(Map.of(u.event(), List.of(u.registration())), true).invoke(entries -> {
            StandingsEntry entry = entries.get(registration);
            if (entry != null && entry.vetoed()) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.vetoedUnitNotCommended(u.name()), field);
            }
        }).replaceWithVoid();
    }

    /** Refuses a person whose employer on record is outside the unit's organization; gives one without an employer the unit's. */
    private static Uni<Void> ownWorker(Mutiny.Session s, Unit u, PersonEntity p) {
        Long unit = u.registration().unitNumber();
        if (unit == null) {
            return Uni.createFrom().voidItem();
        }
        if (p.organizationId == null) {
            p.organizationId = unit;
            return Uni.createFrom().voidItem();
        }
        return s.find(OrganizationEntity.class, unit).chain(own -> s.find(OrganizationEntity.class, p.organizationId).invoke(employer -> {
            if (!employer.path.startsWith(own.path)) {
                throw DomainException.of(UserErrorCode.INVALID, m -> m.notWorkerOfUnit(p.name, u.name()), "name");
            }
        })).replaceWithVoid();
    }

    private static Uni<Long> liveNominations(Mutiny.Session s, long registration) {
        return s.createSelectionQuery("select count(*) from CommendationNominationEntity where registrationId = :r and status in :live",
                Long.class).setParameter("r", registration)
                .setParameter("live", NominationStatus.LIVE).getSingleResult();
    }

    /** The payload after a change: the commendation as the caller now sees it and the nomination changed. */
    private Uni<CommendationPayload> answer(long competition, Long nomination) {
        return of(competition).map(c -> new CommendationPayload(c, nomination == null ? null : c.nominations().stream()
                .filter(n -> n.id().equals(NodeId.of("CommendationNomination", nomination))).findFirst().orElse(null), List.of()));
    }

    /**
     * The competition's commendation as the caller sees it: every unit and nomination for its
     * organizers; the units (and their nominations) whose organization the caller is HR or ORGANIZER
     * of (or above) for anybody else; nothing for a skill competition.
     */
    public Uni<Commendation> of(long competition) {
        Uni<CompetitionEntity> stored = db.read(s -> s.find(CompetitionEntity.class, competition));
        return stored.chain(c -> c == null || c.kind != CompetitionKind.LABOR
                ? Uni.createFrom().item(new Commendation(false, TITLE, List.of(), List.of()))
                : events.ofCompetition(competition).chain(list -> visibleUnits(competition, list)
                        .chain(units -> commendation(c, list, units))));
    }

    /** The registrations of the competition's events the caller sees in its commendation, by event. */
    private Uni<Map<Event, List<Registration>>> visibleUnits(long competition, List<Event> list) {
        Uni<Map<Event, List<Registration>>> all = Uni.createFrom().item(new java.util.LinkedHashMap<>());
        for (Event event : list) {
            all = all.chain(map -> registrations.ofEvent(event.number()).map(regs -> {
                map.put(event, regs.values().stream().sorted(Comparator.comparingLong(Registration::number)).toList());
                return map;
            }));
        }
        return all.chain(map -> competitions.organizes(competition).chain(organizer -> organizer ? Uni.createFrom().item(map)
                : access.scope(ScopedRole.HR).chain(hr -> access.scope(ScopedRole.ORGANIZER).chain(org -> {
                    Set<Long> units = new HashSet<>();
                    map.values().forEach(regs -> regs.stream().map(Registration::unitNumber).filter(java.util.Objects::nonNull).forEach(units::add));
                    return access.pathsOf(units).map(paths -> {
                        Map<Event, List<Registration>> seen = new java.util.LinkedHashMap<>();
                        map.forEach((event, regs) -> seen.put(event, regs.stream().filter(r -> r.unitNumber() != null
                                && speaksFor(hr, org, paths.get(r.unitNumber()))).toList()));
                        return seen;
                    });
                }))));
    }

    private static boolean speaksFor(Scope hr, Scope organizer, String path) {
        return hr.covers(path) || organizer.covers(path);
    }

    private Uni<Commendation> commendation(CompetitionEntity c, List<Event> list, Map<Event, List<Registration>> units) {
        List<Long> numbers = units.values().stream().flatMap(List::stream).map(Registration::number).toList();
        boolean open = opened(c.status);
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(new Commendation(open, TITLE, List.of(), List.of()));
        }
        return db.read(s -> s.createSelectionQuery("from CommendationQuotaEntity where registrationId in :r", CommendationQuotaEntity.class)
                        .setParameter("r", numbers).getResultList()
                        .chain(quotas -> s.createSelectionQuery("from CommendationNominationEntity where registrationId in :r order by id",
                                CommendationNominationEntity.class).setParameter("r", numbers).getResultList()
                                .map(nominations -> Map.entry(quotas, nominations))))
                .chain(rows -> persons.byNumbers(rows.getValue().stream().map(n -> n.personId).distinct().toList())
                        .chain(people -> finalStandings(units, open).map(standings -> {
                            Map<Long, Integer> quota = new HashMap<>();
                            rows.getKey().forEach(q -> quota.put(q.registrationId, q.quota));
                            Map<Long, Registration> byNumber = new HashMap<>();
                            units.values().forEach(regs -> regs.forEach(r -> byNumber.put(r.number(), r)));
                            List<CommendationUnit> out = new ArrayList<>();
                            units.values().forEach(regs -> regs.forEach(r -> {
                                StandingsEntry entry = standings.get(r.number());
                                long nominated = rows.getValue().stream().filter(n -> n.registrationId == r.number()
                                        && n.status == NominationStatus.NOMINATED).count();
                                long approved = rows.getValue().stream().filter(n -> n.registrationId == r.number()
                                        && n.status == NominationStatus.APPROVED).count();
                                out.add(new CommendationUnit(r, entry == null ? null : entry.rank(), entry == null ? null : entry.award(),
                                        entry != null && entry.vetoed(), quota.getOrDefault(r.number(), 0), (int) nominated, (int) approved));
                            }));
                            List<CommendationNomination> nominations = rows.getValue().stream().map(n -> CommendationNomination.of(n,
                                    byNumber.get(n.registrationId), new Person(people.get(n.personId)))).toList();
                            return new Commendation(open, TITLE, out, nominations);
                        })));
    }

    /** Each unit's entry in its event's final standings, once the results are published (before, none). */
    private Uni<Map<Long, StandingsEntry>> finalStandings(Map<Event, List<Registration>> units, boolean open) {
        Uni<Map<Long, StandingsEntry>> all = Uni.createFrom().item(new HashMap<>());
        if (!open) {
            return all;
        }
        for (Map.Entry<Event, List<Registration>> e : units.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            all = all.chain(map -> live.view(e.getKey(), e.getKey().rounds.get(e.getKey().rounds.size() - 1).code()).map(view -> {
                e.getValue().forEach(r -> view.standings().entry(r.number()).ifPresent(entry -> map.put(r.number(), entry)));
                return map;
            }));
        }
        return all;
    }
}
