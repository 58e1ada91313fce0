package org.biwu.promotion;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.LimitedInput;
import org.biwu.api.Payloads;
import org.biwu.competition.Competition;
import org.biwu.people.Person;
import org.biwu.people.PersonEntity;
import org.biwu.people.PersonService;
import org.biwu.promotion.PromotionInputs.PromotionOutcomePayload;
import org.biwu.promotion.PromotionInputs.PromotionOutcomesPayload;
import org.biwu.promotion.PromotionInputs.PromotionPolicyInput;
import org.biwu.promotion.PromotionInputs.PromotionPolicyPayload;
import org.biwu.registration.Registration;
import org.biwu.registration.Registrations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The promotion part of the API: HR's policies (promotionPolicies, createPromotionPolicy), the
 * evaluation of a competition's results against one (evaluatePromotions) and HR's decision on each
 * outcome (decidePromotionOutcome); who sees which outcomes is decided in security/.
 */
@GraphQLApi
@LimitedInput
@Authenticated
public class PromotionGraphQLApi {

    @Inject
    Payloads payloads;

    @Inject
    PromotionPolicies policies;

    @Inject
    PromotionEvaluation evaluation;

    @Inject
    PromotionDecisions decisions;

    @Inject
    PromotionOutcomes outcomes;

    @Inject
    Registrations registrations;

    @Inject
    PersonService persons;

    @Query("promotionPolicies")
    @Description("Policies the caller may use: the shipped templates and those created by organizers and HR.")
    public Uni<@NonNull List<@NonNull PromotionPolicy>> promotionPolicies() {
        return policies.policies();
    }

    @Mutation("createPromotionPolicy")
    @Description("A policy of HR's or an organizer's own; each refused rule comes back naming rules[i] and its field.")
    public Uni<@NonNull PromotionPolicyPayload> createPromotionPolicy(@NonNull PromotionPolicyInput input) {
        return payloads.of(() -> policies.create(input)
                .map(p -> new PromotionPolicyPayload(p, List.of())), PromotionPolicyPayload::refused);
    }

    @Mutation("evaluatePromotions")
    @Description("Proposes the outcomes that the policy's rules give on the competition's final standings; re-running replaces earlier PROPOSED outcomes.")
    public Uni<@NonNull PromotionOutcomesPayload> evaluatePromotions(@NonNull @Id String competitionId, @NonNull @Id String policyId) {
        return payloads.of(() -> evaluation.evaluate(competitionId, policyId)
                .map(list -> new PromotionOutcomesPayload(list, List.of())), PromotionOutcomesPayload::refused);
    }

    @Mutation("decidePromotionOutcome")
    @Description("An APPROVED SKILL_LEVEL outcome sets the person's skill level to toLevel.")
    public Uni<@NonNull PromotionOutcomePayload> decidePromotionOutcome(@NonNull @Id String id, boolean approve, String note) {
        return payloads.of(() -> decisions.decide(id, approve, note)
                .map(o -> new PromotionOutcomePayload(o, List.of())), PromotionOutcomePayload::refused);
    }

    public Uni<@NonNull List<@NonNull PromotionOutcome>> promotionOutcomes(@Source Competition competition) {
        return outcomes.ofCompetition(competition.number());
    }

    public Uni<@NonNull List<@NonNull PromotionOutcome>> promotions(@Source Person person) {
        return outcomes.ofPerson(person.number());
    }

    @NonNull
    public Uni<List<@NonNull Person>> person(@Source List<PromotionOutcome> outcomes) {
        return persons.byNumbers(outcomes.stream().map(PromotionOutcome::personNumber).distinct().toList())
                .map((Map<Long, PersonEntity> people) -> outcomes.stream().map(o -> new Person(people.get(o.personNumber()))).toList());
    }

    @NonNull
    public Uni<List<@NonNull Registration>> registration(@Source List<PromotionOutcome> outcomes) {
        return registrations.byNumbers(outcomes.stream().map(PromotionOutcome::registrationNumber).distinct().toList())
                .map(regs -> outcomes.stream().map(o -> regs.get(o.registrationNumber())).toList());
    }

    public Uni<@NonNull PromotionPolicy> policy(@Source PromotionOutcome outcome) {
        return policies.policy(outcome.policyNumber());
    }
}
