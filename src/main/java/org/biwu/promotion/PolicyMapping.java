package org.biwu.promotion;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.biwu.api.DomainException;
import org.biwu.api.Refusal;
import org.biwu.api.Text;
import org.biwu.api.UserErrorCode;
import org.biwu.promotion.engine.InvalidRuleException;
import org.biwu.competition.CompetitionLevel;
import org.biwu.competition.EventFormat;
import org.biwu.db.JsonText;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.biwu.promotion.PromotionInputs.PromotionRuleInput;

/**
 * Between the API's policies (GraphQL enums, Float percents, stored as JSON) and the promotion
 * engine's (its own enums of the same names, exact decimals). Percents pass through
 * {@link BigDecimal#valueOf(double)}, so 20.0 is exactly 20.
 */
@Singleton
final class PolicyMapping {

    private final ObjectMapper json;

    @Inject
    PolicyMapping(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The API's enums and the engine's twins, which have the same constants: the engine stays free
     * of the API's types, and {@code PolicyMappingTest} fails the build when a pair drifts apart.
     */
    static final List<List<Class<? extends Enum<?>>>> TWINS = List.of(
            List.of(EventFormat.class, org.biwu.promotion.engine.EventFormat.class),
            List.of(CompetitionLevel.class, org.biwu.promotion.engine.CompetitionLevel.class),
            List.of(PersonCategory.class, org.biwu.promotion.engine.PersonCategory.class),
            List.of(SkillLevel.class, org.biwu.promotion.engine.SkillLevel.class),
            List.of(OutcomeKind.class, org.biwu.promotion.engine.OutcomeKind.class),
            List.of(org.biwu.registration.RegistrationStatus.class, org.biwu.promotion.engine.RegistrationStatus.class));

    /** {@code value} as its twin {@code type} (null stays null); only between the types of {@link #TWINS}. */
    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        if (value == null) {
            return null;
        }
        Class<?> from = value.getDeclaringClass();
        if (TWINS.stream().noneMatch(pair -> pair.contains(type) && pair.contains(from) && type != from)) {
            throw new IllegalArgumentException(from.getName() + " and " + type.getName() + " are not twins in PolicyMapping.TWINS");
        }
        return Enum.valueOf(type, value.name());
    }

    /** The stored form of rules given as input; each refused rule is a user error naming rules[i]. */
    List<PromotionRule> rules(List<PromotionRuleInput> inputs) {
        List<Refusal> errors = new ArrayList<>();
        List<PromotionRule> rules = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PromotionRuleInput in = inputs.get(i);
            PromotionRule rule = new PromotionRule(in.rankFrom(), in.rankTo(), in.percentFrom(), in.percentTo(),
                    in.awards() == null ? List.of() : in.awards(), in.format(), in.teamSize(), in.minField(), in.maxField(),
                    in.requirePassedModules(), in.category(), in.outcome(), in.level(), in.levelSteps(), in.title());
            try {
                engineRule(rule);
                rules.add(rule);
            } catch (InvalidRuleException e) {
                errors.add(Refusal.of(UserErrorCode.INVALID, problem(e), "rules", i, e.field()));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.ruleCannotMatch(), "rules", i));
            }
        }
        if (inputs.isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.policyNeedsRule(), "rules"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(errors);
        }
        return rules;
    }

    /** The engine's objection to a rule, in the reader's words. */
    private static Text problem(InvalidRuleException e) {
        List<String> v = e.values();
        return switch (e.problem()) {
            case AWARD_BLANK -> m -> m.ruleAwardBlank();
            case RANK_ORDER -> m -> m.ruleRankOrder(v.get(0), v.get(1));
            case PERCENT_ORDER -> m -> m.rulePercentOrder(v.get(0), v.get(1));
            case TEAM_SIZE_INDIVIDUAL -> m -> m.ruleTeamSizeIndividual(v.get(0));
            case FIELD_ORDER -> m -> m.ruleFieldOrder(v.get(0), v.get(1));
            case LEVEL_OR_STEPS -> m -> m.ruleLevelOrSteps();
            case TITLE_NOT_FOR_LEVEL -> m -> m.ruleTitleNotForLevel();
            case TITLE_NEEDED -> m -> m.ruleTitleNeeded();
            case LEVEL_NOT_FOR -> m -> m.ruleLevelNotFor(m.outcomeKind(v.get(0)));
            case BELOW_MINIMUM -> m -> m.ruleBelow(v.get(0), v.get(1));
            case NOT_PERCENT -> m -> m.ruleNotPercent(v.get(0));
        };
    }

    org.biwu.promotion.engine.PromotionRule engineRule(PromotionRule r) {
        return new org.biwu.promotion.engine.PromotionRule(r.rankFrom(), r.rankTo(), decimal(r.percentFrom()),
                decimal(r.percentTo()), r.awards(), as(org.biwu.promotion.engine.EventFormat.class, r.format()), r.teamSize(),
                r.minField(), r.maxField(), Boolean.TRUE.equals(r.requirePassedModules()),
                as(org.biwu.promotion.engine.PersonCategory.class, r.category()),
                as(org.biwu.promotion.engine.OutcomeKind.class, r.outcome()),
                as(org.biwu.promotion.engine.SkillLevel.class, r.level()), r.levelSteps(), r.title());
    }

    static PromotionRule apiRule(org.biwu.promotion.engine.PromotionRule r) {
        return new PromotionRule(r.rankFrom(), r.rankTo(), number(r.percentFrom()), number(r.percentTo()), r.awards(),
                as(EventFormat.class, r.format()), r.teamSize(), r.minField(), r.maxField(), r.requirePassedModules(),
                as(PersonCategory.class, r.category()), as(OutcomeKind.class, r.outcome()), as(SkillLevel.class, r.level()),
                r.levelSteps(), r.title());
    }

    org.biwu.promotion.engine.PromotionPolicy enginePolicy(PromotionPolicy p) {
        Set<org.biwu.promotion.engine.CompetitionLevel> levels = new LinkedHashSet<>();
        p.appliesTo.forEach(l -> levels.add(as(org.biwu.promotion.engine.CompetitionLevel.class, l)));
        return new org.biwu.promotion.engine.PromotionPolicy(p.name, p.storedSource(), levels, p.oncePerYear,
                p.rules.stream().map(this::engineRule).toList());
    }

    /** The stored policy as the API publishes it, a template's source in the language of {@code m}. */
    PromotionPolicy policy(PromotionPolicyEntity e, org.biwu.api.Messages m) {
        String what = "stored policy " + e.id;
        List<CompetitionLevel> levels = JsonText.read(json, e.appliesTo, new TypeReference<List<CompetitionLevel>>() { }, what);
        List<PromotionRule> rules = JsonText.read(json, e.rules, new TypeReference<List<PromotionRule>>() { }, what);
        boolean template = e.templateKey != null;
        String source = template && e.source != null ? m.templateSource(e.source) : e.source;
        return new PromotionPolicy(e.id, e.name, source, e.source, levels, e.oncePerYear, rules, template, e.createdBy);
    }

    String write(Object value) {
        return JsonText.write(json, value);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
