package org.biwu.registration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.people.Person;
import org.biwu.people.PersonEntity;
import org.biwu.security.Access;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The registrations as stored, each with its members: by number, of an event (whole or a page
 * after a cursor), of a person. Reads only; who may read which is checked here where it differs
 * from "any signed-in user" (a person's registrations).
 */
@ApplicationScoped
public class Registrations {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    PersonRecords records;

    /** Registrations by number with their members, in the caller's session (no order). */
    public Uni<Map<Long, Registration>> load(Mutiny.Session s, Long eventNumber, java.util.Collection<Long> numbers) {
        String where = numbers == null ? "r.eventId = :e" : "r.id in :ids";
        Mutiny.SelectionQuery<Object[]> q = s.createSelectionQuery("select r, m, p from RegistrationEntity r, "
                + "RegistrationMemberEntity m, PersonEntity p where m.registrationId = r.id and p.id = m.personId and " + where
                + " order by r.id, m.position", Object[].class);
        if (numbers == null) {
            q.setParameter("e", eventNumber);
        } else {
            if (numbers.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            q.setParameter("ids", List.copyOf(numbers));
        }
        return q.getResultList().map(rows -> {
            Map<Long, RegistrationEntity> regs = new LinkedHashMap<>();
            Map<Long, List<RegisteredMember>> members = new HashMap<>();
            for (Object[] row : rows) {
                RegistrationEntity r = (RegistrationEntity) row[0];
                RegistrationMemberEntity m = (RegistrationMemberEntity) row[1];
                regs.putIfAbsent(r.id, r);
                members.computeIfAbsent(r.id, id -> new ArrayList<>())
                        .add(new RegisteredMember(new Person((PersonEntity) row[2]), m.skillLevel, m.category));
            }
            Map<Long, Registration> out = new LinkedHashMap<>();
            regs.forEach((id, r) -> out.put(id, new Registration(r, members.get(id))));
            return out;
        });
    }

    /** Largest page of {@code Event.registrations(first:)}. */
    public static final int MAX_PAGE = 1000;

    /** A page of an event's registrations. */
    public record Page(List<Registration> registrations, org.biwu.api.PageInfo pageInfo, int totalCount) {
    }

    /** Registrations of an event in registration order, after the cursor (a registration id). */
    public Uni<Page> page(long eventNumber, Integer first, String after) {
        access.requireAuthenticated();
        int size = first == null ? 50 : first;
        if (size < 0 || size > MAX_PAGE) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.between("0", String.valueOf(MAX_PAGE)), "first");
        }
        long from = after == null ? 0 : NodeId.parse("Registration", after, "after");
        return db.read(s -> s.createSelectionQuery("select r.id from RegistrationEntity r where r.eventId = :e and r.id > :from "
                        + "order by r.id", Long.class).setParameter("e", eventNumber).setParameter("from", from)
                .setMaxResults(size + 1).getResultList()
                .chain(ids -> load(s, null, ids.stream().limit(size).toList())
                        .chain(regs -> s.createSelectionQuery("select count(*) from RegistrationEntity r where r.eventId = :e", Long.class)
                                .setParameter("e", eventNumber).getSingleResult().map(total -> {
                                    List<Registration> list = ids.stream().limit(size).map(regs::get).toList();
                                    return new Page(list, new org.biwu.api.PageInfo(ids.size() > size, after != null,
                                            list.isEmpty() ? null : list.get(0).getId(),
                                            list.isEmpty() ? null : list.get(list.size() - 1).getId()), total.intValue());
                                }))));
    }

    /**
     * The registrations a person is a member of, newest first: those the caller sees ({@link PersonRecords}),
     * those of DRAFT competitions only for their organizers.
     */
    public Uni<List<Registration>> ofPerson(org.biwu.people.Person person) {
        return records.of(person).chain(sight -> sight.none() ? Uni.createFrom().item(List.<Registration>of())
                : db.read(s -> s.createSelectionQuery("select m.registrationId, e.competitionId, c.status from RegistrationMemberEntity m, "
                                + "RegistrationEntity r, EventEntity e, CompetitionEntity c where m.registrationId = r.id and r.eventId = e.id "
                                + "and e.competitionId = c.id and m.personId = :p order by m.registrationId desc", Object[].class)
                        .setParameter("p", person.number()).getResultList()
                        .chain(rows -> records.runningPaths(rows.stream().map(r -> (Long) r[1]).collect(java.util.stream.Collectors.toSet()))
                                .map(paths -> rows.stream().filter(r -> sight.shows(paths.get((Long) r[1]))
                                        // a DRAFT competition is its organizers' only, whoever the person is
                                        && (r[2] != org.biwu.competition.CompetitionStatus.DRAFT || sight.organizer().covers(paths.get((Long) r[1]))))
                                        .map(r -> (Long) r[0]).toList()))
                        .chain(ids -> load(s, null, ids).map(regs -> ids.stream().map(regs::get).toList()))));
    }

    /** How many registrations the event has, whatever their status, in the caller's session. */
    public Uni<Long> count(Mutiny.Session s, long eventNumber) {
        return s.createSelectionQuery("select count(*) from RegistrationEntity r where r.eventId = :e", Long.class)
                .setParameter("e", eventNumber).getSingleResult();
    }

    /** Every registration of an event, by number, in registration order. */
    public Uni<Map<Long, Registration>> ofEvent(long eventNumber) {
        return db.read(s -> load(s, eventNumber, null));
    }

    public Uni<Map<Long, Registration>> byNumbers(java.util.Collection<Long> numbers) {
        return db.read(s -> load(s, null, numbers));
    }
}
