package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.db.Database;
import org.biwu.people.PersonEntity;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The stored promotion outcomes as each caller may see them: a competition's and a person's.
 * A person's promotions are not public: HR and organizers see all, partner systems the approved
 * ones, a worker their own.
 */
@ApplicationScoped
public class PromotionOutcomes {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    PromotionReasons reasons;

    /** The stored outcome as the API shows it, its reason written in the reader's language. */
    PromotionOutcome of(PromotionOutcomeEntity e) {
        return new PromotionOutcome(e, reasons.of(e));
    }


    /**
     * A competition's outcomes: all for HR and organizers; the approved ones for partner systems; a
     * worker's own (by login) for a competitor; none for anybody else (a person's promotions are not public).
     */
    public Uni<List<PromotionOutcome>> ofCompetition(long competition) {
        boolean all = access.hasAny(Role.HR, Role.ORGANIZER);
        boolean approved = !all && access.has(Role.PARTNER);
        String own = all || approved ? null : access.username();
        return db.read(s -> {
            Mutiny.SelectionQuery<PromotionOutcomeEntity> q = s.createSelectionQuery("from PromotionOutcomeEntity o where o.competitionId = :c"
                    + (approved ? " and o.status = :a" : "")
                    + (own != null ? " and o.personId in (select p.id from PersonEntity p where p.username = :u)" : "")
                    + " order by o.eventId, o.registrationId, o.id", PromotionOutcomeEntity.class)
                    .setParameter("c", competition);
            if (approved) {
                q.setParameter("a", OutcomeStatus.APPROVED);
            }
            if (own != null) {
                q.setParameter("u", own);
            }
            return q.getResultList();
        }).map(list -> list.stream().map(this::of).toList());
    }

    /**
     * A person's outcomes, newest first: all for HR, organizers and the person (by login); the
     * approved ones for partner systems; none for anybody else.
     */
    public Uni<List<PromotionOutcome>> ofPerson(long person, String personUsername) {
        boolean all = access.hasAny(Role.HR, Role.ORGANIZER) || access.username().equals(personUsername);
        if (!all && !access.has(Role.PARTNER)) {
            return Uni.createFrom().item(List.of());
        }
        return db.read(s -> {
            Mutiny.SelectionQuery<PromotionOutcomeEntity> q = s.createSelectionQuery("from PromotionOutcomeEntity where personId = :p"
                    + (all ? "" : " and status = :a") + " order by proposedAt desc, id desc", PromotionOutcomeEntity.class)
                    .setParameter("p", person);
            if (!all) {
                q.setParameter("a", OutcomeStatus.APPROVED);
            }
            return q.getResultList();
        }).map(list -> list.stream().map(this::of).toList());
    }
}
