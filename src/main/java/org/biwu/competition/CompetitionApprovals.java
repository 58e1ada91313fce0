package org.biwu.competition;

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
import org.biwu.api.Inputs;
import org.biwu.api.NodeId;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionInputs.ReviewCompetitionInput;
import org.biwu.db.Database;
import org.biwu.history.ChangeAction;
import org.biwu.history.ChangeHistory;
import org.biwu.history.FieldChange;
import org.biwu.organizations.OrganizationEntity;
import org.biwu.organizations.OrganizationService;
import org.biwu.outbox.StandingsOutbox;
import org.biwu.security.Access;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The declaration and review of labor competitions (申报, 审核推荐, 逐级上报, 纳入管理): the organization
 * that runs one declares it to its parent; the organization where it waits approves it, recommends it
 * to its own parent, or returns it with a note; a competition of a root organization, with nobody
 * above, is approved at its own level when declared. Every step is stored with the competition (its
 * approval status, where it waits, who approved it), in competition_review (the decisions, never
 * changed) and in the competition's history.
 */
@ApplicationScoped
public class CompetitionApprovals {

    /** Longest review note, in characters. */
    public static final int MAX_NOTE = 1000;

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    CompetitionService competitions;

    @Inject
    OrganizationService organizations;

    @Inject
    ChangeHistory history;

    @Inject
    StandingsOutbox outbox;

    /**
     * Declares a LABOR competition (DRAFT, NOT_DECLARED or RETURNED) to the parent of its organization;
     * ORGANIZER of its organization or above. INVALID for a skill competition, WRONG_STATE when it is
     * not a draft or already declared or approved.
     */
    public Uni<Competition> declare(String id) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Competition", id, "id");
        return db.write(s -> competitions.lockManaged(s, number, "id").chain(c -> {
            if (c.kind != CompetitionKind.LABOR) {
                throw DomainException.of(UserErrorCode.INVALID, m -> m.onlyLaborDeclared(), "id");
            }
            if (c.status != CompetitionStatus.DRAFT) {
                throw DomainException.of(UserErrorCode.WRONG_STATE, m -> m.declaredOnlyInDraft(m.competitionStatus(c.status.name())), "id");
            }
            return refuseWhenDeclaredOrApproved(s, c).chain(() -> s.find(OrganizationEntity.class, c.organizationId)).chain(own -> {
                ApprovalStatus before = c.approvalStatus;
                if (own.parentId == null) {
                    // nobody above: taken into management at its own level, on the record like any approval
                    c.approvalStatus = ApprovalStatus.APPROVED;
                    c.approvedBy = own.id;
                    return decided(s, c, before, null, own.id, ReviewDecision.APPROVE, null);
                }
                c.approvalStatus = ApprovalStatus.DECLARED;
                c.pendingAt = own.parentId;
                return changed(s, c, before, null, null);
            });
        })).map(Competition::new);
    }

    private Uni<Void> refuseWhenDeclaredOrApproved(Mutiny.Session s, CompetitionEntity c) {
        if (c.approvalStatus == ApprovalStatus.DECLARED || c.approvalStatus == ApprovalStatus.APPROVED) {
            long at = c.approvalStatus == ApprovalStatus.DECLARED ? c.pendingAt : c.approvedBy;
            return s.find(OrganizationEntity.class, at).map(o -> {
                throw DomainException.of(UserErrorCode.WRONG_STATE, c.approvalStatus == ApprovalStatus.DECLARED
                        ? m -> m.alreadyDeclared(o.name) : m -> m.alreadyApproved(o.name), "id");
            });
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * The decision of the organization where the declaration waits; ORGANIZER of that organization
     * or above. RETURN needs a note; RECOMMEND needs an organization above the reviewing one.
     */
    public Uni<Competition> review(ReviewCompetitionInput in) {
        access.requireRealmRoleFor(ScopedRole.ORGANIZER);
        long number = NodeId.parse("Competition", in.competitionId(), "competitionId");
        String note = Inputs.blankToNull(in.note());
        if (in.decision() == ReviewDecision.RETURN && note == null) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.returnNeedsNote(), "note");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.tooLong(MAX_NOTE), "note");
        }
        return db.write(s -> s.find(CompetitionEntity.class, number, org.hibernate.LockMode.PESSIMISTIC_WRITE).chain(c -> {
            if (c == null || c.pendingAt == null) {
                // nothing waits for anyone: those who may see the competition learn why, others that there is none
                return refuseNothingToReview(c, in.competitionId());
            }
            long at = c.pendingAt;
            return refuseUnlessReviewer(c, at, in.competitionId()).chain(() -> s.find(OrganizationEntity.class, at)).chain(reviewing -> {
                ApprovalStatus before = c.approvalStatus;
                Long pendingBefore = c.pendingAt;
                switch (in.decision()) {
                    case APPROVE -> {
                        c.approvalStatus = ApprovalStatus.APPROVED;
                        c.approvedBy = at;
                        c.pendingAt = null;
                    }
                    case RECOMMEND -> {
                        if (reviewing.parentId == null) {
                            throw DomainException.of(UserErrorCode.INVALID, m -> m.noOrganizationAbove(reviewing.name), "decision");
                        }
                        c.pendingAt = reviewing.parentId;
                    }
                    case RETURN -> {
                        c.approvalStatus = ApprovalStatus.RETURNED;
                        c.pendingAt = null;
                    }
                }
                return decided(s, c, before, pendingBefore, at, in.decision(), note);
            });
        })).map(Competition::new);
    }

    /**
     * FORBIDDEN unless the caller is ORGANIZER where the declaration waits (or above); to a caller who may
     * not even see the draft, NOT_FOUND, as for a competition that does not exist.
     */
    private Uni<Void> refuseUnlessReviewer(CompetitionEntity c, long at, String id) {
        return access.holds(ScopedRole.ORGANIZER, at).chain(reviewer -> reviewer ? Uni.createFrom().voidItem()
                : refuse(c, id, access.forbidden(ScopedRole.ORGANIZER, "competitionId")));
    }

    private <T> Uni<T> refuseNothingToReview(CompetitionEntity c, String id) {
        return refuse(c, id, c == null ? null : DomainException.of(UserErrorCode.WRONG_STATE,
                m -> m.notWaitingForReview(m.approvalStatus(c.approvalStatus.name())), "competitionId"));
    }

    /** Fails with {@code refusal} for a caller who organizes the competition; with NOT_FOUND for everyone else, or when there is none. */
    private <T> Uni<T> refuse(CompetitionEntity c, String id, RuntimeException refusal) {
        Uni<Boolean> sees = c == null ? Uni.createFrom().item(false) : competitions.organizes(c.id);
        return sees.map(yes -> {
            throw yes ? refusal : DomainException.notFound(m -> m.thing("Competition"), id, "competitionId");
        });
    }

    /** Stores a decision of {@code organization}, then the change of the competition's approval. */
    private Uni<CompetitionEntity> decided(Mutiny.Session s, CompetitionEntity c, ApprovalStatus before, Long pendingBefore,
                                           long organization, ReviewDecision decision, String note) {
        CompetitionReviewEntity r = new CompetitionReviewEntity();
        r.competitionId = c.id;
        r.organizationId = organization;
        r.decision = decision;
        r.reviewer = access.username();
        r.note = note;
        r.decidedAt = OffsetDateTime.now();
        return s.persist(r).chain(() -> changed(s, c, before, pendingBefore, note));
    }

    /** The competition's history records the change of its approval (with the note as the reason); subscribers hear of it. */
    private Uni<CompetitionEntity> changed(Mutiny.Session s, CompetitionEntity c, ApprovalStatus before, Long pendingBefore, String note) {
        return history.record(s, new ChangeHistory.Subject(c.id, "Competition", c.id, c.name), ChangeAction.UPDATED,
                        FieldChange.changes(FieldChange.of("approvalStatus", before, c.approvalStatus),
                                FieldChange.of("pendingAt", pendingBefore == null ? null : NodeId.of("Organization", pendingBefore),
                                        c.pendingAt == null ? null : NodeId.of("Organization", c.pendingAt)),
                                FieldChange.of("approvedBy", null, c.approvedBy == null ? null : NodeId.of("Organization", c.approvedBy))),
                        note)
                .call(() -> outbox.competitionChanged(s, c.id)).replaceWith(c);
    }

    /** Each competition's approval, in their order: the organizations it names and every review decision, oldest first. */
    public Uni<List<CompetitionApproval>> of(List<Competition> list) {
        List<Long> numbers = list.stream().map(Competition::number).toList();
        Uni<List<CompetitionReviewEntity>> reviews = numbers.isEmpty() ? Uni.createFrom().item(List.of())
                : db.read(s -> s.createSelectionQuery("from CompetitionReviewEntity where competitionId in :c order by id",
                CompetitionReviewEntity.class).setParameter("c", numbers).getResultList());
        return reviews.chain(rows -> {
            Set<Long> named = new HashSet<>();
            list.forEach(c -> {
                if (c.pendingAtNumber() != null) {
                    named.add(c.pendingAtNumber());
                }
                if (c.approvedByNumber() != null) {
                    named.add(c.approvedByNumber());
                }
            });
            rows.forEach(r -> named.add(r.organizationId));
            return organizations.byNumbers(named).map(orgs -> {
                Map<Long, List<CompetitionReview>> byCompetition = new HashMap<>();
                rows.forEach(r -> byCompetition.computeIfAbsent(r.competitionId, k -> new ArrayList<>()).add(
                        new CompetitionReview(orgs.get(r.organizationId), r.decision, r.reviewer, r.note, r.decidedAt)));
                return list.stream().map(c -> new CompetitionApproval(c.approvalStatus(),
                        c.pendingAtNumber() == null ? null : orgs.get(c.pendingAtNumber()),
                        c.approvedByNumber() == null ? null : orgs.get(c.approvedByNumber()),
                        byCompetition.getOrDefault(c.number(), List.of()))).toList();
            });
        });
    }

    /** Declarations waiting where the caller is ORGANIZER (or above), oldest first: the reviewer's inbox. */
    public Uni<List<Competition>> inbox() {
        access.requireAuthenticated();
        return access.scope(ScopedRole.ORGANIZER).chain(scope -> scope.isEmpty() ? Uni.createFrom().item(List.<Competition>of())
                : db.read(s -> s.createSelectionQuery("from CompetitionEntity c where c.approvalStatus = :declared and c.pendingAt in "
                        + "(select o.id from OrganizationEntity o where " + scope.condition("o.path") + ") order by c.id",
                        CompetitionEntity.class).setParameter("declared", ApprovalStatus.DECLARED)
                        .setMaxResults(CompetitionService.MAX_PAGE).getResultList())
                .map(rows -> rows.stream().map(Competition::new).toList()));
    }
}
