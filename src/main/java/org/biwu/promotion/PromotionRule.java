package org.biwu.promotion;

import java.util.List;
import org.biwu.competition.EventFormat;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rule as given in PromotionRuleInput (also its stored JSON form); see the input for each field's meaning. */
@Type("PromotionRule")
@Description("A rule as given in PromotionRuleInput.")
public record PromotionRule(
        Integer rankFrom,
        Integer rankTo,
        Double percentFrom,
        Double percentTo,
        List<@NonNull String> awards,
        EventFormat format,
        Integer teamSize,
        Integer minField,
        Integer maxField,
        Boolean requirePassedModules,
        PersonCategory category,
        @NonNull OutcomeKind outcome,
        SkillLevel level,
        Integer levelSteps,
        String title) {
}
