package org.biwu.registration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.biwu.competition.CompetitionService;
import org.biwu.db.Database;
import org.biwu.people.Person;
import org.biwu.security.Access;
import org.biwu.security.Scope;
import org.biwu.security.ScopedRole;

/**
 * Who sees a person's records (registrations, promotion outcomes, the masked national id): the
 * person themself (by login) and HR of their employer or above see all of them; an organizer sees
 * the records of competitions they organize (ORGANIZER of the running organization or above); for
 * a person with no employer on record, HR of the running organization or above sees those of its
 * competitions too (nobody else could decide them). Everybody else sees none.
 */
@ApplicationScoped
public class PersonRecords {

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    Database db;

    /** What the caller sees of one person's records. */
    public record Sight(boolean all, Scope organizer, Scope hr, boolean employed) {

        /** True when the caller sees the person's record of a competition run by the organization with path {@code path}. */
        public boolean shows(String path) {
            return all || organizer.covers(path) || (!employed && hr.covers(path));
        }

        /** True when the caller sees none of the person's records, whatever competition they are of. */
        public boolean none() {
            return !all && organizer.isEmpty() && (employed || hr.isEmpty());
        }
    }

    /** The caller's sight of each person of {@code persons}, by person number. */
    public Uni<Map<Long, Sight>> of(Collection<Person> persons) {
        String me = access.isAnonymous() ? null : access.login();
        return access.scope(ScopedRole.ORGANIZER).chain(organizer -> access.scope(ScopedRole.HR).chain(hr -> {
            List<Long> employers = persons.stream().map(Person::organizationNumber).filter(Objects::nonNull).distinct().toList();
            Uni<Map<Long, String>> paths = hr.isEmpty() || employers.isEmpty() ? Uni.createFrom().item(Map.of()) : access.pathsOf(employers);
            return paths.map(found -> {
                Map<Long, Sight> out = new HashMap<>();
                for (Person p : persons) {
                    boolean self = me != null && me.equals(p.username());
                    boolean employed = p.organizationNumber() != null;
                    boolean hrOfEmployer = employed && hr.covers(found.get(p.organizationNumber()));
                    out.put(p.number(), new Sight(self || hrOfEmployer, organizer, hr, employed));
                }
                return out;
            });
        }));
    }

    /** The caller's sight of one person's records. */
    public Uni<Sight> of(Person person) {
        return of(List.of(person)).map(m -> m.get(person.number()));
    }

    /** The paths of the organizations running the competitions of {@code competitions} (numbers), by competition number. */
    public Uni<Map<Long, String>> runningPaths(Collection<Long> competitions) {
        return this.competitions.organizationsOf(competitions).chain(byCompetition -> access.pathsOf(
                        byCompetition.values().stream().collect(Collectors.toSet()))
                .map(paths -> {
                    Map<Long, String> out = new HashMap<>();
                    byCompetition.forEach((c, o) -> out.put(c, paths.get(o)));
                    return out;
                }));
    }

    /** Each person's masked national id for the caller: the id when the caller sees any of the person's records, else null. */
    public Uni<List<String>> masked(List<Person> persons) {
        return of(persons).chain(sights -> {
            List<Long> undecided = persons.stream().filter(p -> p.nationalIdMasked() != null)
                    .filter(p -> !sights.get(p.number()).all() && !sights.get(p.number()).none()).map(Person::number).distinct().toList();
            Uni<java.util.Set<Long>> shown = undecided.isEmpty() ? Uni.createFrom().item(java.util.Set.of())
                    : db.read(s -> s.createSelectionQuery("select m.personId, e.competitionId from RegistrationMemberEntity m, "
                            + "RegistrationEntity r, EventEntity e where m.registrationId = r.id and r.eventId = e.id and m.personId in :p",
                            Object[].class).setParameter("p", undecided).getResultList())
                    .chain(rows -> runningPaths(rows.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()))
                            .map(paths -> rows.stream().filter(r -> sights.get((Long) r[0]).shows(paths.get((Long) r[1])))
                                    .map(r -> (Long) r[0]).collect(Collectors.toSet())));
            return shown.map(ids -> persons.stream().map(p -> sights.get(p.number()).all() || ids.contains(p.number())
                    ? p.nationalIdMasked() : null).toList());
        });
    }
}
