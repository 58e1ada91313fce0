package org.biwu.promotion;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.biwu.api.UserError;
import org.biwu.competition.CompetitionLevel;
import org.biwu.competition.EventFormat;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL inputs and payloads of promotion. */
public final class PromotionInputs {

    private PromotionInputs() {
    }

    @Input("PromotionRuleInput")
    public record PromotionRuleInput(
            Integer rankFrom,
            Integer rankTo,
            @Description("Percent band of ranked competitors, as in AwardRuleInput.") Double percentFrom,
            Double percentTo,
            @Description("The entry's award must be one of these.") @Nullable List<@NonNull String> awards,
            EventFormat format,
            Integer teamSize,
            @Description("Only when the number of ranked competitors lies in [minField, maxField].") Integer minField,
            Integer maxField,
            @Description("Every module with a pass mark must be passed.") Boolean requirePassedModules,
            PersonCategory category,
            @NonNull OutcomeKind outcome,
            @Description("SKILL_LEVEL: the level granted; a person already at it gets the next level, a person above it gets nothing.")
            SkillLevel level,
            @Description("SKILL_LEVEL alternative to level: this many levels above the current one.") Integer levelSteps,
            @Description("TITLE or HONOR_NOMINATION.") String title) {
    }

    @Input("PromotionPolicyInput")
    public record PromotionPolicyInput(
            @NonNull String name,
            String source,
            @NonNull List<@NonNull CompetitionLevel> appliesTo,
            @Description("A person gains at most one skill level through competitions in a calendar year.") Boolean oncePerYear,
            @NonNull List<@NonNull PromotionRuleInput> rules) {
    }

    @Type("PromotionPolicyPayload")
    public record PromotionPolicyPayload(PromotionPolicy policy, @NonNull List<@NonNull UserError> userErrors) {
        public static PromotionPolicyPayload refused(List<UserError> errors) {
            return new PromotionPolicyPayload(null, errors);
        }
    }

    @Type("PromotionOutcomesPayload")
    public record PromotionOutcomesPayload(List<@NonNull PromotionOutcome> outcomes, @NonNull List<@NonNull UserError> userErrors) {
        public static PromotionOutcomesPayload refused(List<UserError> errors) {
            return new PromotionOutcomesPayload(null, errors);
        }
    }

    @Type("PromotionOutcomePayload")
    public record PromotionOutcomePayload(PromotionOutcome outcome, @NonNull List<@NonNull UserError> userErrors) {
        public static PromotionOutcomePayload refused(List<UserError> errors) {
            return new PromotionOutcomePayload(null, errors);
        }
    }
}
