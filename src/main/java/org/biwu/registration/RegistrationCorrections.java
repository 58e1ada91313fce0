package org.biwu.registration;

import static org.biwu.api.Inputs.blankToNull;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.Messages;
import org.biwu.api.NodeId;
import org.biwu.api.Refusal;
import org.biwu.api.Text;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.competition.EventCatalog;
import org.biwu.competition.EventFormat;
import org.biwu.db.Database;
import org.biwu.db.Locks;
import org.biwu.history.ChangeAction;
import org.biwu.history.ChangeHistory;
import org.biwu.history.FieldChange;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.people.NationalIds;
import org.biwu.people.PersonCategory;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonService;
import org.biwu.people.SkillLevel;
import org.biwu.registration.RegistrationInputs.RegistrationMemberInput;
import org.biwu.registration.RegistrationInputs.UpdateRegistrationInput;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Corrections of registrations, each in one transaction with its history and the standings' change:
 * an edit (until results are published), a withdrawal (退赛, until scoring is closed), a
 * disqualification with its reason (取消资格, until results are final), and a reinstatement of
 * either. Withdrawn and disqualified registrations get no rank, award or promotion.
 */
@ApplicationScoped
public class RegistrationCorrections {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    EventCatalog events;

    @Inject
    CompetitionService competitions;

    @Inject
    PersonService persons;

    @Inject
    Registrations registrations;

    @Inject
    ChangeHistory history;

    @Inject
    StandingsOutbox outbox;

    /** A registration being corrected: its row (locked), its members' rows, its event and the competition's status. */
    private record Corrected(RegistrationEntity registration, List<RegistrationMemberEntity> members, Event event,
                             CompetitionStatus status) {
    }

    /** Corrects a registration (UpdateRegistrationInput says what may change). */
    public Uni<Registration> update(UpdateRegistrationInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Registration", in.id(), "id");
        List<Refusal> errors = new ArrayList<>();
        if (in.name().isBlank()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name"));
        }
        if (in.bib().isBlank()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "bib"));
        }
        nationalId(in.nationalId(), errors, "nationalId");
        List<RegistrationMemberInput> members = in.members() == null ? List.of() : in.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().isBlank()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "members", i, "name"));
            }
            nationalId(members.get(i).nationalId(), errors, "members", i, "nationalId");
        }
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return db.write(s -> corrected(s, number, in.id()).chain(c -> {
            String status = c.status().name();
            if (c.status().compareTo(CompetitionStatus.PUBLISHED) >= 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.registrationFixed(m.competitionStatus(status)), "id");
            }
            Event event = c.event();
            if (event.format == EventFormat.INDIVIDUAL && !members.isEmpty()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.individualNoMembers(), "members"));
            }
            if (event.format == EventFormat.TEAM) {
                if (members.size() + 1 != event.teamSize) {
                    int given = members.size();
                    errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.teamMembers(event.teamSize, event.teamSize - 1, given), "members"));
                }
                if (in.team() == null || in.team().isBlank()) {
                    errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.nameTheTeam(), "team"));
                }
            }
            Set<Long> current = new HashSet<>();
            c.members().stream().skip(1).forEach(row -> current.add(row.personId));
            for (int i = 0; i < members.size(); i++) {
                String personId = members.get(i).personId();
                if (personId != null && !current.contains(memberNumber(personId))) {
                    errors.add(Refusal.of(UserErrorCode.NOT_FOUND, m -> m.notAMember(personId), "members", i, "personId"));
                }
            }
            if (!errors.isEmpty()) {
                throw new DomainException(errors);
            }
            // bibs are checked and taken under the event's registration lock, as registering does
            return Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.REGISTRATIONS, event.number()))
                    .chain(() -> bibFree(s, c.registration(), in.bib().strip())).chain(() -> people(s, c, in, members)).chain(people -> {
                RegistrationEntity r = c.registration();
                List<FieldChange> changed = new ArrayList<>(FieldChange.changes(
                        FieldChange.of("affiliation", r.affiliation, blankToNull(in.affiliation())), FieldChange.of("bib", r.bib, in.bib().strip()),
                        FieldChange.of("team", r.team, blankToNull(in.team()))));
                for (int p = 0; p < people.size(); p++) {
                    // each place of the registration as it was (the person who held it) and as it is
                    Member member = people.get(p);
                    RegistrationMemberEntity row = c.members().get(p);
                    String at = p == 0 ? "" : "members." + (p - 1) + ".";
                    changed.addAll(FieldChange.changes(FieldChange.of(at + "name", member.before.name(), member.person.name),
                            FieldChange.of(at + "username", member.before.username(), member.person.username),
                            FieldChange.of(at + "nationalId", member.before.nationalIdMasked(), member.person.nationalIdMasked),
                            FieldChange.of(at + "skillLevel", row.skillLevel, member.level),
                            FieldChange.of(at + "category", row.category, member.category)));
                }
                r.affiliation = blankToNull(in.affiliation());
                r.bib = in.bib().strip();
                r.team = blankToNull(in.team());
                for (int p = 0; p < people.size(); p++) {
                    RegistrationMemberEntity row = c.members().get(p);
                    Member member = people.get(p);
                    row.personId = member.person.id;
                    row.skillLevel = member.level;
                    row.category = member.category;
                }
                return record(s, c, ChangeAction.UPDATED, changed, null);
            });
        }).chain(c -> outbox.registrationsCorrected(s, c.event().number()).replaceWith(c))
                .chain(c -> s.flush().chain(() -> registrations.load(s, null, List.of(number))).map(found -> found.get(number))));
    }

    /** Withdraws a registration (退赛) until scoring is closed: it stays on the roster, unranked, and earns nothing. */
    public Uni<Registration> withdraw(String id, String reason) {
        return change(id, RegistrationStatus.WITHDRAWN, ChangeAction.WITHDRAWN, reason, CompetitionStatus.SCORING_CLOSED,
                Messages::withdrawalClosed);
    }

    /** Disqualifies a registration (取消资格) with its reason, until results are final. */
    public Uni<Registration> disqualify(String id, String reason) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        if (reason == null || reason.isBlank()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.reasonRequired(), "reason");
        }
        return change(id, RegistrationStatus.DISQUALIFIED, ChangeAction.DISQUALIFIED, reason, CompetitionStatus.FINAL,
                Messages::disqualificationClosed);
    }

    /**
     * A withdrawn registration (until scoring is closed) or a disqualified one (until results are
     * final) takes part again, in the status it had before (PENDING or APPROVED).
     */
    public Uni<Registration> reinstate(String id) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Registration", id, "id");
        return db.write(s -> corrected(s, number, id).chain(c -> {
            RegistrationEntity r = c.registration();
            if (r.status.ranked()) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.takesPartAlready(), "id");
            }
            CompetitionStatus until = r.status == RegistrationStatus.WITHDRAWN ? CompetitionStatus.SCORING_CLOSED : CompetitionStatus.FINAL;
            String status = c.status().name();
            if (c.status().compareTo(until) >= 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, r.status == RegistrationStatus.WITHDRAWN
                        ? m -> m.withdrawalClosed(m.competitionStatus(status)) : m -> m.disqualificationClosed(m.competitionStatus(status)), "id");
            }
            return history.lastFrom(s, "Registration", r.id, "status").chain(before -> {
                RegistrationStatus back = RegistrationStatus.PENDING.name().equals(before) ? RegistrationStatus.PENDING
                        : RegistrationStatus.APPROVED;
                List<FieldChange> changed = FieldChange.changes(FieldChange.of("status", r.status, back),
                        FieldChange.of("statusReason", r.statusReason, null));
                r.status = back;
                r.statusReason = null;
                return record(s, c, ChangeAction.REINSTATED, changed, null);
            });
        }).chain(c -> outbox.registrationsCorrected(s, c.event().number())
                .chain(() -> s.flush()).chain(() -> registrations.load(s, null, List.of(number))).map(found -> found.get(number))));
    }

    /**
     * Moves a taking-part registration to {@code to} while the competition is before {@code until};
     * {@code closed} says why not once it is past (given the competition's status in words).
     */
    private Uni<Registration> change(String id, RegistrationStatus to, ChangeAction action, String reason, CompetitionStatus until,
                                     BiFunction<Messages, String, String> closed) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Registration", id, "id");
        return db.write(s -> corrected(s, number, id).chain(c -> {
            RegistrationEntity r = c.registration();
            String status = c.status().name();
            if (c.status().compareTo(until) >= 0) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> closed.apply(m, m.competitionStatus(status)), "id");
            }
            if (!r.status.ranked()) {
                String current = r.status.name();
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.registrationIs(m.registrationStatus(current)), "id");
            }
            String why = blankToNull(reason);
            List<FieldChange> changed = FieldChange.changes(FieldChange.of("status", r.status, to), FieldChange.of("statusReason", r.statusReason, why));
            r.status = to;
            r.statusReason = why;
            return record(s, c, action, changed, why);
        }).chain(c -> outbox.registrationsCorrected(s, c.event().number())
                .chain(() -> s.flush()).chain(() -> registrations.load(s, null, List.of(number))).map(found -> found.get(number))));
    }

    // ------------------------------------------------------------ what a correction reads and checks

    private Uni<Corrected> corrected(Mutiny.Session s, long number, String id) {
        return s.find(RegistrationEntity.class, number, LockMode.PESSIMISTIC_WRITE).chain(r -> {
            if (r == null) {
                throw DomainException.notFound(m -> m.thing("Registration"), id, "id");
            }
            return events.find(s, r.eventId).call(event -> competitions.requireOrganizer(event.competitionNumber(), "id"))
                    .chain(event -> competitions.status(s, event.competitionNumber())
                    .chain(status -> s.createSelectionQuery("from RegistrationMemberEntity where registrationId = :r order by position",
                            RegistrationMemberEntity.class).setParameter("r", r.id).getResultList()
                            .map(rows -> new Corrected(r, rows, event, status))));
        });
    }

    private static void nationalId(String given, List<Refusal> errors, Object... at) {
        if (given != null && !given.isBlank()) {
            Text problem = NationalIds.problem(NationalIds.normalize(given));
            if (problem != null) {
                errors.add(Refusal.of(UserErrorCode.INVALID, problem, at));
            }
        }
    }

    private static Uni<Void> bibFree(Mutiny.Session s, RegistrationEntity r, String bib) {
        if (bib.equals(r.bib)) {
            return Uni.createFrom().voidItem();
        }
        return s.createSelectionQuery("select count(*) from RegistrationEntity where eventId = :e and bib = :b and id <> :id", Long.class)
                .setParameter("e", r.eventId).setParameter("b", bib).setParameter("id", r.id).getSingleResult().invoke(n -> {
                    if (n > 0) {
                        throw DomainException.of(UserErrorCode.DUPLICATE, m -> m.bibTaken(bib), "bib");
                    }
                }).replaceWithVoid();
    }

    /** One person of the corrected registration: who, their name before, and their level and category as registered now. */
    private record Member(PersonEntity person, Before before, SkillLevel level, PersonCategory category) {
    }

    /** What the record of the person who held a place said before the correction. */
    private record Before(String name, String username, String nationalIdMasked) {
    }

    /** The competitor corrected, then each further member corrected, or found or added as registering does. */
    private Uni<List<Member>> people(Mutiny.Session s, Corrected c, UpdateRegistrationInput in, List<RegistrationMemberInput> members) {
        List<Member> people = new ArrayList<>();
        RegistrationMemberEntity first = c.members().get(0);
        // a level or category left out stays as registered
        SkillLevel level = in.skillLevel() != null ? in.skillLevel() : first.skillLevel;
        PersonCategory category = in.category() != null ? in.category() : first.category;
        Uni<Void> chain = before(s, first.personId).chain(before -> persons.correct(s, first.personId, new PersonService.Correction(in.name(),
                        normalized(in.nationalId()), blankToNull(in.username()), first.skillLevel, level, first.category, category))
                .invoke(p -> people.add(new Member(p, before, level, category)))).replaceWithVoid();
        for (int i = 0; i < members.size(); i++) {
            RegistrationMemberInput given = members.get(i);
            int index = i;
            if (given.personId() != null) {
                long person = NodeId.parse("Person", given.personId(), "members", i, "personId");
                RegistrationMemberEntity row = c.members().stream().filter(m -> m.personId == person).findFirst().orElseThrow();
                SkillLevel memberLevel = given.skillLevel() != null ? given.skillLevel() : row.skillLevel;
                PersonCategory memberCategory = given.category() != null ? given.category() : row.category;
                chain = chain.chain(() -> before(s, person)).chain(before -> persons.correct(s, person, new PersonService.Correction(
                                given.name(), normalized(given.nationalId()), blankToNull(given.username()), row.skillLevel,
                                memberLevel, row.category, memberCategory), "members", index)
                        .invoke(p -> people.add(new Member(p, before, memberLevel, memberCategory)))).replaceWithVoid();
            } else {
                // a new person in the place of the member who held it: the history says who was replaced
                Long replaced = c.members().size() > i + 1 ? c.members().get(i + 1).personId : null;
                Before[] held = new Before[1];
                chain = chain.chain(() -> replaced == null ? Uni.createFrom().item(new Before(null, null, null)) : before(s, replaced))
                        .invoke(b -> held[0] = b).chain(() -> persons.findOrCreate(s, new PersonService.Facts(given.name(), blankToNull(given.affiliation()),
                                normalized(given.nationalId()), given.skillLevel(), given.category(), blankToNull(given.username())),
                                "members", index).call(s::flush)
                        .chain(p -> registeredElsewhere(s, c.registration(), p).invoke(elsewhere -> {
                            if (elsewhere) {
                                throw DomainException.of(UserErrorCode.DUPLICATE, m -> m.alreadyRegistered(p.name), "members", index);
                            }
                            people.add(new Member(p, held[0], given.skillLevel() != null ? given.skillLevel() : p.skillLevel,
                                    given.category() != null ? given.category() : p.category));
                        })).replaceWithVoid());
            }
        }
        return chain.map(v -> {
            Set<Long> seen = new HashSet<>();
            for (int p = 0; p < people.size(); p++) {
                if (!seen.add(people.get(p).person.id)) {
                    String name = people.get(p).person.name;
                    throw DomainException.of(UserErrorCode.DUPLICATE, m -> m.alreadyRegistered(name), "members", p - 1);
                }
            }
            return people;
        });
    }

    private static Uni<String> name(Mutiny.Session s, long person) {
        return s.find(PersonEntity.class, person).map(p -> p.name);
    }

    private static Uni<Before> before(Mutiny.Session s, long person) {
        return s.find(PersonEntity.class, person).map(p -> new Before(p.name, p.username, p.nationalIdMasked));
    }

    private static Uni<Boolean> registeredElsewhere(Mutiny.Session s, RegistrationEntity r, PersonEntity p) {
        return s.createSelectionQuery("select count(*) from RegistrationMemberEntity m, RegistrationEntity other "
                        + "where m.registrationId = other.id and other.eventId = :e and other.id <> :r and m.personId = :p", Long.class)
                .setParameter("e", r.eventId).setParameter("r", r.id).setParameter("p", p.id).getSingleResult().map(n -> n > 0);
    }

    private Uni<Corrected> record(Mutiny.Session s, Corrected c, ChangeAction action, List<FieldChange> changed, String reason) {
        return name(s, c.members().get(0).personId).chain(name -> history.record(s, new ChangeHistory.Subject(
                c.event().competitionNumber(), "Registration", c.registration().id, c.registration().bib + " " + name),
                action, changed, reason)).replaceWith(c);
    }

    private static String normalized(String nationalId) {
        return nationalId == null || nationalId.isBlank() ? null : NationalIds.normalize(nationalId);
    }

    /** The person number of a member's global id; null when it is none. */
    private static Long memberNumber(String personId) {
        try {
            return NodeId.parse("Person", personId);
        } catch (DomainException malformed) {
            return null;
        }
    }
}
