package org.biwu.promotion;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.competition.Competition;
import org.biwu.promotion.CommendationInputs.CommendationPayload;
import org.biwu.promotion.CommendationInputs.DecideCommendationInput;
import org.biwu.promotion.CommendationInputs.NominateForCommendationInput;
import org.biwu.promotion.CommendationInputs.SetCommendationQuotaInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Year-end individual commendation (先进个人) of labor competitions: {@code Competition.commendation},
 * the quotas, nominations and decisions ({@link Commendations} says who may do what, and when).
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class CommendationGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    Commendations commendations;

    @NonNull
    @Description("Its year-end individual commendation (先进个人): each participating unit's quota and nominations, as the caller "
            + "may see them (organizers every unit, HR and organizers of a unit that unit's, others none); empty for a skill competition.")
    public Uni<Commendation> commendation(@Source Competition competition) {
        return commendations.of(competition.number());
    }

    @Mutation("setCommendationQuota")
    @Description("""
            Organizers of a labor competition whose results are published (PUBLISHED or FINAL) give a participating unit its quota
            of 先进个人: 0 to 1000 persons (INVALID otherwise). CONFLICT below the nominations it has waiting or approved;
            WRONG_STATE for a unit vetoed in the final standings (only 0) or before publication.""")
    public Uni<@NonNull CommendationPayload> setCommendationQuota(@NonNull SetCommendationQuotaInput input) {
        return payloads.of(() -> commendations.setQuota(input), CommendationPayload::refused);
    }

    @Mutation("nominateForCommendation")
    @Description("""
            A participating unit — HR or ORGANIZER of its organization, or the competition's organizers for it — nominates one of
            its workers for 先进个人 with the citation. LIMIT_EXCEEDED when the unit's quota is used up; DUPLICATE when the person
            is nominated already; INVALID for a person whose employer on record is another organization; WRONG_STATE before
            publication, for a withdrawn or disqualified unit and for a vetoed one.""")
    public Uni<@NonNull CommendationPayload> nominateForCommendation(@NonNull NominateForCommendationInput input) {
        return payloads.of(() -> commendations.nominate(input), CommendationPayload::refused);
    }

    @Mutation("withdrawCommendationNomination")
    @Description("The unit (or the organizers) withdraws a nomination waiting for a decision: it no longer counts against the quota. "
            + "WRONG_STATE once decided.")
    public Uni<@NonNull CommendationPayload> withdrawCommendationNomination(@NonNull @Id String id) {
        return payloads.of(() -> commendations.withdraw(id), CommendationPayload::refused);
    }

    @Mutation("decideCommendation")
    @Description("""
            The competition's organizers approve a nomination — the person is given 先进个人, an APPROVED TITLE promotion outcome
            on their record — or reject it with a note (required). WRONG_STATE once decided, and on approval for a unit no
            longer taking part or vetoed.""")
    public Uni<@NonNull CommendationPayload> decideCommendation(@NonNull DecideCommendationInput input) {
        return payloads.of(() -> commendations.decide(input), CommendationPayload::refused);
    }
}
