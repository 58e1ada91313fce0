package org.biwu.registration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
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
import org.biwu.outbox.StandingsOutbox;
import org.biwu.people.NationalIds;
import org.biwu.people.Person;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonCategory;
import org.biwu.people.PersonService;
import org.biwu.people.SkillLevel;
import org.biwu.registration.RegistrationInputs.CompetitorInput;
import org.biwu.registration.RegistrationInputs.RegisterCompetitorsInput;
import org.biwu.registration.RegistrationInputs.TeamMemberInput;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Registering competitors (and teams) in an event: all of them or none, each problem a user error
 * naming its field; bibs numbered under the event's registrations lock; their persons found or
 * created; the new entries recorded in the standings outbox in the same transaction.
 */
@ApplicationScoped
public class CompetitorRegistration {

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
    StandingsOutbox outbox;

    /**
     * Registers every competitor of the input, or none: all problems come back together, each
     * naming its field ({@code competitors[3].nationalId}).
     */
    public Uni<List<Registration>> register(RegisterCompetitorsInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long eventNumber = NodeId.parse("Event", in.eventId(), "eventId");
        // under the event's registration lock (bibs; a correction of the event's format waits), checked
        // against the event as stored, stored with the standings' change in the same transaction
        return db.write(s -> Locks.hold(s, Locks.Lock.exclusive(Locks.Kind.REGISTRATIONS, eventNumber))
                .chain(() -> events.fresh(s, eventNumber)).chain(event -> {
                    if (event == null) {
                        throw DomainException.notFound(m -> m.thing("Event"), in.eventId(), "eventId");
                    }
                    return competitions.requireOrganizer(event.competitionNumber(), "eventId").replaceWith(event);
                }).chain(event -> {
                    List<Refusal> errors = validate(event, in.competitors());
                    if (!errors.isEmpty()) {
                        throw new DomainException(errors);
                    }
                    return store(s, event, in.competitors());
                }).call(list -> outbox.registrationsChanged(s, eventNumber, list.stream().map(Registration::number).toList())));
    }

    private List<Refusal> validate(Event event, List<CompetitorInput> competitors) {
        List<Refusal> errors = new ArrayList<>();
        if (competitors.isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.needsCompetitor(), "competitors"));
        }
        Map<String, List<String>> seenIds = new HashMap<>();
        Map<String, Integer> seenBibs = new HashMap<>();
        for (int i = 0; i < competitors.size(); i++) {
            CompetitorInput c = competitors.get(i);
            person(c.name(), c.nationalId(), seenIds, errors, "competitors", i);
            if (c.bib() != null) {
                String bib = c.bib().strip();
                if (bib.isEmpty()) {
                    errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.bibBlank(), "competitors", i, "bib"));
                } else if (seenBibs.putIfAbsent(bib, i) != null) {
                    List<String> other = List.of("competitors", String.valueOf(seenBibs.get(bib)));
                    errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.bibGivenTwice(bib, Language.fieldName(m, other)),
                            "competitors", i, "bib"));
                }
            }
            if (c.organizationId() != null) {
                try {
                    NodeId.parse("Organization", c.organizationId(), "competitors", i, "organizationId");
                } catch (DomainException e) {
                    errors.addAll(e.refusals());
                }
            }
            if (c.participants() != null && c.participants() < 0) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.notNegative(), "competitors", i, "participants"));
            }
            List<TeamMemberInput> members = c.members() == null ? List.of() : c.members();
            if (event.format == EventFormat.INDIVIDUAL && !members.isEmpty()) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.individualNoMembers(), "competitors", i, "members"));
            }
            if (event.format == EventFormat.TEAM) {
                if (members.size() + 1 != event.teamSize) {
                    int given = members.size();
                    errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.teamMembers(event.teamSize, event.teamSize - 1, given),
                            "competitors", i, "members"));
                }
                if (c.team() == null || c.team().isBlank()) {
                    errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.nameTheTeam(), "competitors", i, "team"));
                }
            }
            for (int m = 0; m < members.size(); m++) {
                TeamMemberInput member = members.get(m);
                person(member.name(), member.nationalId(), seenIds, errors, "competitors", i, "members", m);
            }
        }
        return errors;
    }

    private static void person(String name, String nationalId, Map<String, List<String>> seen, List<Refusal> errors, Object... at) {
        if (name.isBlank()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), Refusal.append(at, "name")));
        }
        if (nationalId != null) {
            String id = NationalIds.normalize(nationalId);
            Text problem = NationalIds.problem(id);
            List<String> where = java.util.Arrays.stream(at).map(String::valueOf).toList();
            if (problem != null) {
                errors.add(Refusal.of(UserErrorCode.INVALID, problem, Refusal.append(at, "nationalId")));
            } else if (seen.putIfAbsent(id, where) != null) {
                List<String> other = seen.get(id);
                errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.sameNationalId(Language.fieldName(m, other)),
                        Refusal.append(at, "nationalId")));
            }
        }
    }

    private Uni<List<Registration>> store(Mutiny.Session s, Event event, List<CompetitorInput> competitors) {
        long eventNumber = event.number();
        List<Refusal> errors = new ArrayList<>();
        List<Registration> stored = new ArrayList<>();
        // once the competition runs, each new registration draws its code as it is made
        Set<String> drawn = new HashSet<>();
        boolean[] running = {false};
        Uni<Void> work = competitions.status(s, event.competitionNumber())
                .call(status -> (running[0] = status == CompetitionStatus.RUNNING)
                        ? DrawCodes.taken(s, eventNumber).invoke(drawn::addAll) : Uni.createFrom().voidItem())
                .invoke(status -> {
                    if (status.compareTo(CompetitionStatus.RUNNING) > 0) {
                        throw DomainException.of(UserErrorCode.WRONG_STATE,
                                m -> m.registrationClosed(m.competitionStatus(status.name())), "eventId");
                    }
                }).replaceWithVoid()
                .chain(() -> unitsExist(s, competitors));
        Set<String> bibs = new HashSet<>();
        Set<Long> registeredPersons = new HashSet<>();
        int[] nextBib = {1};
        work = work.chain(() -> s.createSelectionQuery("select r.bib from RegistrationEntity r where r.eventId = :e", String.class)
                        .setParameter("e", eventNumber).getResultList())
                .invoke(existing -> {
                    bibs.addAll(existing);
                    // assigned bibs continue after the highest numeric bib, stored or given in this roster
                    nextBib[0] = java.util.stream.Stream.concat(existing.stream(),
                                    competitors.stream().map(CompetitorInput::bib).filter(java.util.Objects::nonNull).map(String::strip))
                            .filter(b -> b.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0) + 1;
                })
                .chain(() -> s.createSelectionQuery("select m.personId from RegistrationMemberEntity m, RegistrationEntity r "
                        + "where m.registrationId = r.id and r.eventId = :e", Long.class).setParameter("e", eventNumber).getResultList())
                .invoke(registeredPersons::addAll).replaceWithVoid();
        for (int index = 0; index < competitors.size(); index++) {
            int i = index;
            CompetitorInput c = competitors.get(i);
            work = work.chain(() -> members(s, c, i)).chain(people -> {
                for (int m = 0; m < people.size(); m++) {
                    if (!registeredPersons.add(people.get(m).id)) {
                        String name = people.get(m).name;
                        errors.add(Refusal.of(UserErrorCode.DUPLICATE, t -> t.alreadyRegistered(name),
                                m == 0 ? new Object[] {"competitors", i} : new Object[] {"competitors", i, "members", m - 1}));
                    }
                }
                String bib = c.bib() == null ? null : c.bib().strip();
                if (bib != null && !bibs.add(bib)) {
                    String taken = bib;
                    errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.bibTaken(taken), "competitors", i, "bib"));
                }
                if (bib == null) {
                    while (!bibs.add(String.valueOf(nextBib[0]))) {
                        nextBib[0]++;
                    }
                    bib = String.valueOf(nextBib[0]++);
                }
                if (!errors.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                RegistrationEntity r = new RegistrationEntity();
                r.eventId = eventNumber;
                r.personId = people.get(0).id;
                r.bib = bib;
                r.team = c.team();
                r.participants = c.participants();
                r.affiliation = c.affiliation() != null ? c.affiliation() : people.get(0).affiliation;
                if (c.organizationId() != null) {
                    r.unitId = NodeId.parse("Organization", c.organizationId());
                    // a person's employer on record is not changed by a registration (it decides which HR sees their
                    // records): only a person without one gets the unit as employer
                    people.stream().filter(p -> p.organizationId == null).forEach(p -> p.organizationId = r.unitId);
                }
                r.status = RegistrationStatus.APPROVED;
                r.createdAt = OffsetDateTime.now();
                if (running[0]) {
                    r.drawCode = DrawCodes.draw(drawn, bibs.size());
                }
                return s.persist(r).call(s::flush).chain(() -> {
                    List<RegistrationMemberEntity> rows = new ArrayList<>();
                    List<RegisteredMember> registered = new ArrayList<>();
                    for (int m = 0; m < people.size(); m++) {
                        PersonEntity person = people.get(m);
                        RegistrationMemberEntity row = member(r.id, m, person, m == 0 ? c.skillLevel() : c.members().get(m - 1).skillLevel(),
                                m == 0 ? c.category() : c.members().get(m - 1).category());
                        rows.add(row);
                        registered.add(new RegisteredMember(new Person(person), row.skillLevel, row.category));
                    }
                    stored.add(new Registration(r, registered));
                    return s.persistAll(rows.toArray());
                });
            });
        }
        return work.map(v -> {
            if (!errors.isEmpty()) {
                throw new DomainException(errors);
            }
            return stored;
        });
    }

    /**
     * A member's row: the skill level and category as the registration gives them, else as the
     * person's record has them now.
     */
    static RegistrationMemberEntity member(long registration, int position, PersonEntity person, SkillLevel level,
                                           PersonCategory category) {
        RegistrationMemberEntity row = new RegistrationMemberEntity();
        row.registrationId = registration;
        row.position = position;
        row.personId = person.id;
        row.skillLevel = level != null ? level : person.skillLevel;
        row.category = category != null ? category : person.category;
        return row;
    }

    /** NOT_FOUND for each competitor whose organization does not exist. */
    private static Uni<Void> unitsExist(Mutiny.Session s, List<CompetitorInput> competitors) {
        List<Long> named = competitors.stream().map(CompetitorInput::organizationId).filter(java.util.Objects::nonNull)
                .map(id -> NodeId.parse("Organization", id)).distinct().toList();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return s.createSelectionQuery("select o.id from OrganizationEntity o where o.id in :ids", Long.class).setParameter("ids", named)
                .getResultList().invoke(found -> {
                    List<Refusal> errors = new ArrayList<>();
                    for (int i = 0; i < competitors.size(); i++) {
                        String id = competitors.get(i).organizationId();
                        if (id != null && !found.contains(NodeId.parse("Organization", id))) {
                            errors.add(Refusal.of(UserErrorCode.NOT_FOUND, m -> m.noSuch(m.thing("Organization"), id),
                                    "competitors", i, "organizationId"));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw new DomainException(errors);
                    }
                }).replaceWithVoid();
    }

    private Uni<List<PersonEntity>> members(Mutiny.Session s, CompetitorInput c, int i) {
        List<PersonEntity> people = new ArrayList<>();
        Uni<Void> chain = persons.findOrCreate(s, new PersonService.Facts(c.name(), c.affiliation(), normalized(c.nationalId()),
                c.skillLevel(), c.category(), c.username()), "competitors", i).invoke(people::add).replaceWithVoid();
        List<TeamMemberInput> members = c.members() == null ? List.of() : c.members();
        for (int m = 0; m < members.size(); m++) {
            TeamMemberInput t = members.get(m);
            int index = m;
            chain = chain.chain(() -> persons.findOrCreate(s, new PersonService.Facts(t.name(),
                    t.affiliation() != null ? t.affiliation() : c.affiliation(), normalized(t.nationalId()), t.skillLevel(),
                    t.category(), t.username()), "competitors", i, "members", index).invoke(people::add).replaceWithVoid());
        }
        return chain.map(v -> people);
    }

    private static String normalized(String nationalId) {
        return nationalId == null ? null : NationalIds.normalize(nationalId);
    }
}
