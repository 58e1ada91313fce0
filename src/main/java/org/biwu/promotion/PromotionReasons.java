package org.biwu.promotion;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.biwu.api.Language;
import org.biwu.api.Messages;
import org.biwu.db.JsonText;
import org.biwu.people.SkillLevel;

/**
 * Writes an outcome's reason in the reader's language: 《policy》(source): competition event,
 * person (category), rank 3 of 20, award 银牌 — rule 2 (ranks 1–5, employee only) → 技师 (from 中级工).
 * The award, module passes, category and team size are named when the rule tests them.
 */
@ApplicationScoped
public class PromotionReasons {

    @Inject
    ObjectMapper json;

    @Inject
    Language language;

    @Inject
    Messages english;

    /** The outcome's reason in the request's language (an outcome proposed before reasons were kept as facts: its stored text). */
    public String of(PromotionOutcomeEntity outcome) {
        return outcome.reasonFacts == null ? outcome.reason : write(language.messages(), read(outcome.reasonFacts));
    }

    /** The stored form of a reason and its English text, for a new outcome. */
    void store(PromotionOutcomeEntity outcome, OutcomeReason reason) {
        outcome.reasonFacts = JsonText.write(json, reason);
        outcome.reason = write(english, reason);
    }

    static String write(Messages m, OutcomeReason r) {
        String source = r.policySource() == null || r.policySource().isBlank() ? null
                : r.template() ? m.templateSource(r.policySource()) : r.policySource();
        String policy = source == null ? m.reasonPolicy(r.policyName()) : m.reasonPolicyWithSource(r.policyName(), source);
        if (r.commended()) {
            return m.reasonCommendation(policy, m.reasonWhere(r.competition(), r.event()), r.unit(), r.person(), r.citation(),
                    m.resultTitle(r.title()));
        }
        List<String> facts = new ArrayList<>();
        facts.add(m.reasonWhere(r.competition(), r.event()));
        facts.add(r.category() == null ? r.person() : m.reasonPersonWithCategory(r.person(), m.personCategory(r.category().name())));
        facts.add(m.reasonRank(r.rank(), r.field()));
        if (r.award() != null) {
            facts.add(m.reasonAward(r.award()));
        }
        if (r.teamSize() != null) {
            facts.add(r.teamSize() == 1 ? m.reasonIndividual() : m.reasonTeam(r.teamSize()));
        }
        if (r.modulesPassed()) {
            facts.add(m.reasonModulesPassed());
        }
        return m.reason(policy, String.join(m.reasonSeparator(), facts),
                m.reasonRule(r.rule(), conditions(m, r.conditions()), result(m, r)));
    }

    /** A rule's conditions in words: "ranks 1–5, employee only", "第 1–5 名、限职工". */
    static String conditions(Messages m, PromotionRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.rankFrom() != null || rule.rankTo() != null) {
            int from = rule.rankFrom() == null ? 1 : rule.rankFrom();
            parts.add(rule.rankTo() == null ? m.conditionRanksFrom(from)
                    : from == rule.rankTo() ? m.conditionRank(from) : m.conditionRanks(from, rule.rankTo()));
        }
        if (rule.percentFrom() != null || rule.percentTo() != null) {
            boolean fromTop = rule.percentFrom() == null || rule.percentFrom() == 0;
            parts.add(rule.percentTo() == null ? m.conditionOutsideTopPercent(plain(rule.percentFrom()))
                    : fromTop ? m.conditionTopPercent(plain(rule.percentTo()))
                    : m.conditionPercentBand(plain(rule.percentFrom()), plain(rule.percentTo())));
        }
        if (rule.awards() != null && !rule.awards().isEmpty()) {
            parts.add(m.conditionAwards(String.join("/", rule.awards())));
        }
        if (rule.format() != null) {
            parts.add(rule.format() == org.biwu.competition.EventFormat.INDIVIDUAL ? m.conditionIndividual() : m.conditionTeams());
        }
        if (rule.teamSize() != null) {
            parts.add(m.conditionTeamSize(rule.teamSize()));
        }
        if (rule.minField() != null && rule.maxField() != null) {
            parts.add(m.conditionField(rule.minField(), rule.maxField()));
        } else if (rule.minField() != null) {
            parts.add(m.conditionFieldAtLeast(rule.minField()));
        } else if (rule.maxField() != null) {
            parts.add(m.conditionFieldAtMost(rule.maxField()));
        }
        if (Boolean.TRUE.equals(rule.requirePassedModules())) {
            parts.add(m.conditionModulesPassed());
        }
        if (rule.category() != null) {
            parts.add(m.conditionCategory(m.personCategory(rule.category().name())));
        }
        return parts.isEmpty() ? m.conditionEveryone() : String.join(m.listSeparator(), parts);
    }

    private static String result(Messages m, OutcomeReason r) {
        return switch (r.kind()) {
            case TITLE -> m.resultTitle(r.title());
            case HONOR_NOMINATION -> m.resultNomination(r.title());
            case SKILL_LEVEL -> {
                String to = level(m, r.toLevel());
                if (r.conditions().level() == null) {
                    yield m.resultLevelSteps(to, r.fromLevel() == null ? m.noSkillLevel() : level(m, r.fromLevel()),
                            r.conditions().levelSteps());
                }
                if (r.fromLevel() == null) {
                    yield m.resultLevelNoRecord(to);
                }
                yield r.fromLevel() == r.conditions().level() ? m.resultLevelAlready(to, level(m, r.fromLevel()))
                        : m.resultLevelFrom(to, level(m, r.fromLevel()));
            }
        };
    }

    private static String level(Messages m, SkillLevel level) {
        return m.skillLevel(level.name());
    }

    private static String plain(Double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private OutcomeReason read(String text) {
        return JsonText.read(json, text, OutcomeReason.class, "stored reason");
    }
}
