package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.biwu.competition.CompetitionService;
import org.biwu.db.Database;
import org.biwu.people.Person;
import org.biwu.people.PersonService;
import org.biwu.registration.PersonRecords;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;

/**
 * The stored promotion outcomes as each caller may see them: a competition's and a person's.
 * A person's promotions are not public: the competition's organizers, the person and HR of their
 * employer see them ({@link PersonRecords}), partner systems the approved ones of their
 * organizations' competitions.
 */
@ApplicationScoped
public class PromotionOutcomes {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    PromotionReasons reasons;

    @Inject
    CompetitionService competitions;

    @Inject
    PersonService persons;

    @Inject
    PersonRecords records;

    /** The stored outcome as the API shows it, its reason written in the reader's language. */
    PromotionOutcome of(PromotionOutcomeEntity e) {
        return new PromotionOutcome(e, reasons.of(e));
    }


    /**
     * A competition's outcomes the caller sees: all for its organizers; for anybody else those of
     * persons whose records they see ({@link PersonRecords}: the person, HR of their employer …),
     * and the approved ones when they are PARTNER of the running organization or above.
     */
    public Uni<List<PromotionOutcome>> ofCompetition(long competition) {
        return competitions.organizes(competition).chain(all -> db.read(s -> s.createSelectionQuery(
                                "from PromotionOutcomeEntity o where o.competitionId = :c order by o.eventId, o.registrationId, o.id",
                                PromotionOutcomeEntity.class).setParameter("c", competition).getResultList())
                .chain(list -> all ? Uni.createFrom().item(list) : visible(list)))
                .map(list -> list.stream().map(this::of).toList());
    }

    /**
     * The outcomes with these numbers, by number, for the change feed: it shows an outcome's change only to
     * whom the outcome's competition or person is in scope ({@code ChangeFeed}), which is the check here.
     */
    public Uni<java.util.Map<Long, PromotionOutcome>> ofChanges(java.util.Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return db.read(s -> s.createSelectionQuery("from PromotionOutcomeEntity where id in :ids", PromotionOutcomeEntity.class)
                        .setParameter("ids", java.util.List.copyOf(numbers)).getResultList())
                .map(list -> list.stream().collect(Collectors.toMap(o -> o.id, this::of)));
    }

    /** A person's outcomes the caller sees (as for {@link #ofCompetition}), newest first. */
    public Uni<List<PromotionOutcome>> ofPerson(long person) {
        return db.read(s -> s.createSelectionQuery("from PromotionOutcomeEntity where personId = :p order by proposedAt desc, id desc",
                        PromotionOutcomeEntity.class).setParameter("p", person).getResultList())
                .chain(this::visible).map(list -> list.stream().map(this::of).toList());
    }

    /** The outcomes of {@code list} the caller sees as a person's record or, approved, as a partner. */
    private Uni<List<PromotionOutcomeEntity>> visible(List<PromotionOutcomeEntity> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(list);
        }
        return persons.byNumbers(list.stream().map(o -> o.personId).collect(Collectors.toSet()))
                .chain(people -> records.of(people.values().stream().map(Person::new).toList()))
                .chain(sights -> records.runningPaths(list.stream().map(o -> o.competitionId).collect(Collectors.toSet()))
                        .chain(paths -> access.scope(ScopedRole.PARTNER).map(partner -> list.stream().filter(o -> {
                            String path = paths.get(o.competitionId);
                            return sights.get(o.personId).shows(path) || (o.status == OutcomeStatus.APPROVED && partner.covers(path));
                        }).toList())));
    }
}
