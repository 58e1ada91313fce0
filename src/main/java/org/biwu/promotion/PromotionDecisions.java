package org.biwu.promotion;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.changes.ChangeFeed;
import org.biwu.changes.ChangeKind;
import org.biwu.competition.CompetitionService;
import org.biwu.db.Database;
import org.biwu.people.PersonEntity;
import org.biwu.people.SkillLevel;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * HR's decision on a proposed outcome, audited. Approving any outcome is refused (WRONG_STATE
 * naming {@code id}) when its registration was withdrawn or disqualified since the proposal;
 * approving a SKILL_LEVEL outcome raises the person's skill level in the same transaction, unless
 * the level changed since the proposal or a once-per-year policy already gave a level that year
 * (CONFLICT naming {@code id}). A decided outcome is not decided again (WRONG_STATE).
 */
@ApplicationScoped
public class PromotionDecisions {

    @Inject
    ChangeFeed changes;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    Registrations registrations;

    @Inject
    PromotionOutcomes outcomes;

    @Inject
    CompetitionService competitions;

    /**
     * Refuses with FORBIDDEN unless the caller is HR of the person's employer or above; for a
     * person with no employer on record, HR of the organization running the competition or above.
     */
    private Uni<Void> requireDecider(Mutiny.Session s, PromotionOutcomeEntity o) {
        return s.find(PersonEntity.class, o.personId).chain(person -> person.organizationId != null
                ? access.require(ScopedRole.HR, person.organizationId, "id")
                : competitions.organizationOf(o.competitionId).chain(org -> access.require(ScopedRole.HR, org, "id")));
    }


    /**
     * HR of the person's employer (see {@link #requireDecider}) approves or rejects a proposed outcome. An approved SKILL_LEVEL outcome sets the person's
     * skill level to its toLevel, unless the level changed since the proposal or, under a
     * once-per-year policy, the person already gained a level through a competition that year.
     */
    public Uni<PromotionOutcome> decide(String id, boolean approve, String note) {
        access.requireRealmRoleFor(ScopedRole.HR);
        long number = NodeId.parse("PromotionOutcome", id, "id");
        String user = access.username();
        return db.write(s -> s.find(PromotionOutcomeEntity.class, number, org.hibernate.LockMode.PESSIMISTIC_WRITE).chain(o -> {
            if (o == null) {
                throw DomainException.notFound(m -> m.thing("PromotionOutcome"), id, "id");
            }
            return requireDecider(s, o).replaceWith(o);
        }).chain(o -> {
            if (o.status != OutcomeStatus.PROPOSED) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.outcomeDecided(m.outcomeStatus(o.status.name()), o.decidedBy), "id");
            }
            Uni<Void> effect = !approve ? Uni.createFrom().voidItem() : takingPart(s, o)
                    .chain(() -> o.kind == OutcomeKind.SKILL_LEVEL ? raiseLevel(s, o) : Uni.createFrom().voidItem());
            return effect.chain(() -> {
                o.status = approve ? OutcomeStatus.APPROVED : OutcomeStatus.REJECTED;
                o.note = note;
                o.decidedBy = user;
                o.decidedAt = OffsetDateTime.now();
                PromotionDecisionAuditEntity audit = new PromotionDecisionAuditEntity();
                audit.outcomeId = o.id;
                audit.status = o.status;
                audit.note = note;
                audit.decidedBy = user;
                audit.decidedAt = o.decidedAt;
                return s.persist(audit).call(() -> approve
                                ? changes.append(s, ChangeKind.OUTCOME_APPROVED, "PromotionOutcome", o.id, o.competitionId, o.personId)
                                : Uni.createFrom().voidItem())
                        .map(v -> outcomes.of(o));
            });
        }));
    }

    /** Refuses to approve the outcome of a registration withdrawn or disqualified since it was proposed. */
    private Uni<Void> takingPart(Mutiny.Session s, PromotionOutcomeEntity o) {
        return registrations.load(s, null, List.of(o.registrationId)).invoke(found -> {
            Registration r = found.get(o.registrationId);
            if (r != null && !r.status.ranked()) {
                String status = r.status.name();
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.outcomeOfRegistrationGone(m.registrationStatus(status)), "id");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> raiseLevel(Mutiny.Session s, PromotionOutcomeEntity o) {
        return s.find(PersonEntity.class, o.personId, org.hibernate.LockMode.PESSIMISTIC_WRITE).chain(person -> {
            if (person.skillLevel != o.fromLevel) {
                throw DomainException.of(UserErrorCode.CONFLICT, m -> m.levelChanged(person.name, level(m, person.skillLevel),
                        level(m, o.fromLevel)), "id");
            }
            return s.find(PromotionPolicyEntity.class, o.policyId).chain(policy -> !policy.oncePerYear ? Uni.createFrom().voidItem()
                    : s.createSelectionQuery("select count(*) from PromotionOutcomeEntity where personId = :p and kind = :k "
                            + "and status = :a and year = :y", Long.class).setParameter("p", o.personId)
                    .setParameter("k", OutcomeKind.SKILL_LEVEL).setParameter("a", OutcomeStatus.APPROVED).setParameter("y", o.year)
                    .getSingleResult().invoke(count -> {
                        if (count > 0) {
                            throw DomainException.of(UserErrorCode.CONFLICT, m -> m.oneLevelAYear(person.name, o.year), "id");
                        }
                    }).replaceWithVoid())
                    .invoke(() -> person.skillLevel = o.toLevel);
        });
    }

    private static String level(org.biwu.api.Messages m, SkillLevel level) {
        return level == null ? m.noSkillLevel() : m.skillLevel(level.name());
    }
}
