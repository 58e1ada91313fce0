package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.Module;
import org.biwu.competition.Round;
import org.biwu.db.Database;
import org.biwu.live.BoardView;
import org.biwu.live.LiveStandings;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonService;
import org.biwu.people.SkillLevel;
import org.biwu.promotion.engine.Competitor;
import org.biwu.promotion.engine.EventFacts;
import org.biwu.promotion.engine.FinalStanding;
import org.biwu.promotion.engine.PromotionEngine;
import org.biwu.registration.Registration;
import org.biwu.scoring.StandingsEntry;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Evaluating a competition with a policy: every event's final standings (its last round) go
 * through the promotion engine, and the outcomes it gives are stored as PROPOSED for HR to decide,
 * each with its reason. HR (or an organizer), once scoring is closed (WRONG_STATE before).
 */
@ApplicationScoped
public class PromotionEvaluation {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    EventCatalog events;

    @Inject
    LiveStandings live;

    @Inject
    PersonService persons;

    @Inject
    PromotionReasons reasons;

    @Inject
    PromotionPolicies policies;

    @Inject
    PromotionOutcomes outcomes;

    @Inject
    PolicyMapping mapping;

    /** Refuses with FORBIDDEN unless the caller organizes the competition or is HR of its organization or above. */
    private Uni<Void> requireEvaluator(long competition) {
        return competitions.organizes(competition).chain(organizer -> organizer ? Uni.createFrom().voidItem()
                : competitions.organizationOf(competition).chain(org -> org == null ? Uni.createFrom().voidItem()
                        : access.require(ScopedRole.HR, org, "competitionId")));
    }


    /**
     * Proposes the outcomes the policy gives on every event's final standings of the competition
     * (the last round of each event). Proposals still open from an earlier evaluation with this
     * policy are replaced; decided outcomes stay, and an outcome already decided is not proposed again.
     */
    public Uni<List<PromotionOutcome>> evaluate(String competitionId, String policyId) {
        access.requireAny(Role.HR, Role.ORGANIZER, Role.ADMIN);
        long competitionNumber = NodeId.parse("Competition", competitionId, "competitionId");
        long policyNumber = NodeId.parse("PromotionPolicy", policyId, "policyId");
        return requireEvaluator(competitionNumber).chain(() -> competitions.find(competitionNumber)).chain(c -> {
            if (c == null) {
                throw DomainException.notFound(m -> m.thing("Competition"), competitionId, "competitionId");
            }
            if (c.status.compareTo(CompetitionStatus.SCORING_CLOSED) < 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE,
                        m -> m.finalStandingsAfterScoring(m.competitionStatus(c.status.name())), "competitionId");
            }
            return policies.policy(policyNumber).chain(policy -> {
                if (policy == null) {
                    throw DomainException.notFound(m -> m.thing("PromotionPolicy"), policyId, "policyId");
                }
                if (policy.rules.isEmpty()) {
                    // the commendation policy: granted by the organizers' decisions on nominations, never by evaluation
                    throw DomainException.of(UserErrorCode.INVALID, m -> m.policyWithoutRules(), "policyId");
                }
                if (!policy.appliesTo.isEmpty() && !policy.appliesTo.contains(c.level)) {
                    throw DomainException.of(UserErrorCode.INVALID, m -> m.policyNotForLevel(policy.appliesTo.stream()
                            .map(l -> m.competitionLevel(l.name())).collect(java.util.stream.Collectors.joining(m.listSeparator())),
                            m.competitionLevel(c.level.name())), "policyId");
                }
                return events.ofCompetition(competitionNumber).chain(list -> standings(list))
                        .chain(views -> propose(c, policy, views));
            });
        });
    }

    private Uni<List<BoardView>> standings(List<Event> list) {
        Uni<List<BoardView>> all = Uni.createFrom().item(new ArrayList<>());
        for (Event event : list) {
            String last = event.rounds.get(event.rounds.size() - 1).code();
            all = all.chain(views -> live.view(event, last).map(v -> {
                views.add(v);
                return views;
            }));
        }
        return all;
    }

    private Uni<List<PromotionOutcome>> propose(Competition c, PromotionPolicy policy, List<BoardView> views) {
        int year = year(c);
        Set<Long> personNumbers = new HashSet<>();
        views.forEach(v -> v.registrations().values().forEach(r -> r.members.forEach(p -> personNumbers.add(p.number()))));
        return db.write(s -> persons.byNumbers(s, personNumbers).chain(people -> promotedYears(s, personNumbers).chain(years -> {
            List<org.biwu.promotion.engine.PromotionOutcome> proposed = new ArrayList<>();
            Map<org.biwu.promotion.engine.PromotionOutcome, BoardView> viewOf = new HashMap<>();
            for (BoardView view : views) {
                EventFacts facts = new EventFacts(PolicyMapping.as(org.biwu.promotion.engine.EventFormat.class, view.event().format),
                        view.event().teamSize, PolicyMapping.as(org.biwu.promotion.engine.CompetitionLevel.class, c.level),
                        c.name, view.event().name, year);
                List<FinalStanding> standings = view.standings().entries().stream()
                        .map(e -> standing(view, e, people, years)).toList();
                for (var outcome : PromotionEngine.evaluate(mapping.enginePolicy(policy), facts, standings).outcomes()) {
                    proposed.add(outcome);
                    viewOf.put(outcome, view);
                }
            }
            return s.createMutationQuery("delete from PromotionOutcomeEntity where competitionId = :c and policyId = :p and status = :open")
                    .setParameter("c", c.number()).setParameter("p", policy.number()).setParameter("open", OutcomeStatus.PROPOSED)
                    .executeUpdate()
                    .chain(() -> s.createSelectionQuery("from PromotionOutcomeEntity where competitionId = :c and policyId = :p",
                            PromotionOutcomeEntity.class).setParameter("c", c.number()).setParameter("p", policy.number()).getResultList())
                    .chain(decided -> {
                        List<PromotionOutcomeEntity> fresh = new ArrayList<>();
                        for (var o : proposed) {
                            boolean already = decided.stream().anyMatch(d -> d.personId == o.personId()
                                    && d.registrationId == o.registrationId() && d.kind.name().equals(o.kind().name())
                                    && Objects.equals(d.title, o.title())
                                    && Objects.equals(d.toLevel == null ? null : d.toLevel.name(), o.toLevel() == null ? null : o.toLevel().name()));
                            if (!already) {
                                BoardView view = viewOf.get(o);
                                PromotionOutcomeEntity e = entity(c, policy, view.event().number(), year, o);
                                reasons.store(e, reason(c, policy, view, people.get(o.personId()).name, o));
                                fresh.add(e);
                            }
                        }
                        return s.persistAll(fresh.toArray()).call(s::flush).map(v -> fresh.stream().map(outcomes::of).toList());
                    });
        })));
    }

    private static PromotionOutcomeEntity entity(Competition c, PromotionPolicy policy, long event, int year,
                                                 org.biwu.promotion.engine.PromotionOutcome o) {
        PromotionOutcomeEntity e = new PromotionOutcomeEntity();
        e.competitionId = c.number();
        e.eventId = event;
        e.registrationId = o.registrationId();
        e.personId = o.personId();
        e.policyId = policy.number();
        e.year = year;
        e.kind = PolicyMapping.as(OutcomeKind.class, o.kind());
        e.fromLevel = PolicyMapping.as(SkillLevel.class, o.fromLevel());
        e.toLevel = PolicyMapping.as(SkillLevel.class, o.toLevel());
        e.title = o.title();
        e.status = OutcomeStatus.PROPOSED;
        e.proposedAt = OffsetDateTime.now();
        return e;
    }

    /** The facts the outcome's reason states, as they are now. */
    private static OutcomeReason reason(Competition c, PromotionPolicy policy, BoardView view, String person,
                                        org.biwu.promotion.engine.PromotionOutcome o) {
        org.biwu.promotion.engine.Reason r = o.reason();
        return new OutcomeReason(policy.name, policy.storedSource(), policy.template, c.name, view.event().name, person,
                r.rule(), policy.rules.get(r.rule() - 1), r.rank(), r.field(), r.award(),
                PolicyMapping.as(org.biwu.people.PersonCategory.class, r.category()), r.teamSize(), r.modulesPassed(),
                PolicyMapping.as(OutcomeKind.class, o.kind()), PolicyMapping.as(SkillLevel.class, o.fromLevel()),
                PolicyMapping.as(SkillLevel.class, o.toLevel()), o.title(), null, null);
    }

    /** The year a competition counts for: the year it ends (or starts), else this year. */
    static int year(Competition c) {
        LocalDate day = c.endsOn != null ? c.endsOn : c.startsOn != null ? c.startsOn : LocalDate.now();
        return day.getYear();
    }

    private FinalStanding standing(BoardView view, StandingsEntry e, Map<Long, PersonEntity> people, Map<Long, Set<Integer>> years) {
        Registration r = view.registrations().get(e.registrationId());
        Round last = view.event().rounds.get(view.event().rounds.size() - 1);
        boolean passed = last.modules().stream().filter(m -> m.passMark() != null).allMatch(m -> passed(e, m));
        List<Competitor> members = r.members.stream().map(p -> {
            PersonEntity person = people.get(p.number());
            return new Competitor(p.number(), person.name,
                    PolicyMapping.as(org.biwu.promotion.engine.PersonCategory.class, person.category),
                    PolicyMapping.as(org.biwu.promotion.engine.SkillLevel.class, person.skillLevel),
                    years.getOrDefault(p.number(), Set.of()));
        }).toList();
        return new FinalStanding(r.number(), e.rank(), e.award(), e.score().complete(),
                PolicyMapping.as(org.biwu.promotion.engine.RegistrationStatus.class, r.status), passed, members);
    }

    private static boolean passed(StandingsEntry e, Module m) {
        return e.score().module(m.code()).map(s -> Boolean.TRUE.equals(s.passed())).orElse(false);
    }

    /** Person → years in which an approved skill level came from a competition. */
    private static Uni<Map<Long, Set<Integer>>> promotedYears(Mutiny.Session s, Set<Long> personNumbers) {
        if (personNumbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return s.createSelectionQuery("select o.personId, o.year from PromotionOutcomeEntity o where o.personId in :p "
                        + "and o.kind = :k and o.status = :a", Object[].class)
                .setParameter("p", List.copyOf(personNumbers)).setParameter("k", OutcomeKind.SKILL_LEVEL)
                .setParameter("a", OutcomeStatus.APPROVED).getResultList().map(rows -> {
                    Map<Long, Set<Integer>> out = new HashMap<>();
                    rows.forEach(row -> out.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Integer) row[1]));
                    return out;
                });
    }
}
