package org.biwu.promotion;

import java.time.OffsetDateTime;
import org.biwu.api.NodeId;
import org.biwu.people.Person;
import org.biwu.registration.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A unit's nomination of one of its workers for 先进个人 and the organizer's decision. */
@Type("CommendationNomination")
@Description("A unit's nomination of one of its workers for 先进个人, and the organizer's decision.")
public record CommendationNomination(@NonNull @Id String id, @NonNull Registration registration, @NonNull Person person,
                                     @NonNull @Description("What the worker did (主要事迹), in the unit's words.") String citation,
                                     @NonNull NominationStatus status,
                                     @NonNull @Description("Login of who nominated.") String nominatedBy,
                                     @NonNull OffsetDateTime nominatedAt,
                                     @Description("Login of the organizer who decided; null while NOMINATED or WITHDRAWN.") String decidedBy,
                                     OffsetDateTime decidedAt,
                                     @Description("The organizer's note with the decision.") String note,
                                     @Description("The TITLE promotion outcome an approval granted.") @Id String outcomeId) {

    static CommendationNomination of(CommendationNominationEntity e, Registration registration, Person person) {
        return new CommendationNomination(NodeId.of("CommendationNomination", e.id), registration, person, e.citation, e.status,
                e.nominatedBy, e.nominatedAt, e.decidedBy, e.decidedAt, e.note,
                e.outcomeId == null ? null : NodeId.of("PromotionOutcome", e.outcomeId));
    }
}
