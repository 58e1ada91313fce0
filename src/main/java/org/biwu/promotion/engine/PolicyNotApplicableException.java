package org.biwu.promotion.engine;

/**
 * A policy was evaluated on a competition whose level is not in the policy's appliesTo. The
 * engine refuses rather than returning no outcomes, because an empty result would look like "nobody
 * qualified"; the service turns this into a user error.
 */
public final class PolicyNotApplicableException extends RuntimeException {

    private final transient PromotionPolicy policy;
    private final CompetitionLevel competitionLevel;

    public PolicyNotApplicableException(PromotionPolicy policy, EventFacts event) {
        super(policy.citation() + " applies to " + policy.describeAppliesTo() + " competitions; "
                + event.competitionName() + " is " + event.competitionLevel().label() + " ("
                + event.competitionLevel() + "): choose a policy made for " + event.competitionLevel().label()
                + " competitions, or add " + event.competitionLevel() + " to the policy's appliesTo");
        this.policy = policy;
        this.competitionLevel = event.competitionLevel();
    }

    public PromotionPolicy policy() {
        return policy;
    }

    public CompetitionLevel competitionLevel() {
        return competitionLevel;
    }
}
