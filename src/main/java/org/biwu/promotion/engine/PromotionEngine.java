package org.biwu.promotion.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * THE PROMOTION ENGINE: one event's final standings + the competitors' facts + a policy → proposed
 * skill levels, titles and nominations, each with its reason (the rule and the facts it tested), plus notes on who got
 * nothing and why. Plain Java, deterministic, no I/O.
 *
 * <p>Semantics (02-promotion.graphql {@code PromotionRuleInput}; RULES.md "What results earn"):
 * <ul>
 *   <li><b>Field size</b> N = the number of ranked entries (rank not null) of the event; percent
 *       bands and minField/maxField read it.</li>
 *   <li><b>Who can earn anything.</b> Only entries that are APPROVED, completed (every expected mark
 *       in) and ranked. WITHDRAWN and DISQUALIFIED entries get nothing (RULES.md, brief); PENDING ones
 *       get nothing either, because the registration's eligibility was never checked (Tongling: "when
 *       eligible"). Each such entry gets a {@link PromotionNote.Kind#NOT_ELIGIBLE} note.</li>
 *   <li><b>A rule matches</b> an entry when every condition given holds: rankFrom ≤ rank ≤ rankTo;
 *       N × percentFrom / 100 &lt; rank ≤ N × percentTo / 100 in exact decimals (as awards do); the
 *       award is one of the list; format and teamSize equal the event's; minField ≤ N ≤ maxField;
 *       every module passed when required. The conditions read the rank, and tied entries share a
 *       rank, so equal ranks straddling a band's border are both inside it.</li>
 *   <li><b>Category</b> is checked per person: every member of a team gets the team's outcome on their
 *       own category and their own current level; a student in a team gets nothing from an
 *       employees-only rule (note {@link PromotionNote.Kind#OTHER_CATEGORY}).</li>
 *   <li><b>Rules are tried in order</b> and a person can receive several outcomes (a title and a
 *       level), but at most one SKILL_LEVEL outcome per policy: the first matching rule that yields a
 *       level above the current one wins; later ones are noted
 *       ({@link PromotionNote.Kind#ONE_LEVEL_PER_POLICY}). A rule whose level the person is already
 *       above yields nothing (note {@link PromotionNote.Kind#ABOVE_LEVEL}) and the next rule is tried.
 *       The same title or nomination is granted once; a later rule granting it again adds nothing
 *       (so "top 3 of pair events" and "top 2 of team events" can overlap).</li>
 *   <li><b>Once a year</b> (policy oncePerYear; contract: "a person gains at most one skill level
 *       through competitions in a calendar year"): a person whose facts show a level gained through a
 *       competition in the event's year gets no SKILL_LEVEL outcome, but a
 *       {@link PromotionNote.Kind#ONCE_PER_YEAR} note naming the level they would have got. Titles
 *       and nominations are not limited.</li>
 *   <li><b>Competition level</b> not in the policy's appliesTo: {@link PolicyNotApplicableException},
 *       not an empty result, which would read as "nobody qualified".</li>
 * </ul>
 */
public final class PromotionEngine {

    private PromotionEngine() {
    }

    /**
     * Evaluates {@code policy} on one event's final standings.
     *
     * @throws PolicyNotApplicableException when the event's competition level is not in appliesTo
     */
    public static PromotionProposal evaluate(PromotionPolicy policy, EventFacts event, List<FinalStanding> standings) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(event, "event");
        if (!policy.appliesTo(event.competitionLevel())) {
            throw new PolicyNotApplicableException(policy, event);
        }
        int field = (int) standings.stream().filter(s -> s.rank() != null).count();
        List<FinalStanding> ordered = standings.stream()
                .sorted(Comparator.comparing(FinalStanding::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(FinalStanding::registrationId))
                .toList();
        Evaluation evaluation = new Evaluation(policy, event, field);
        for (FinalStanding entry : ordered) {
            evaluation.entry(entry);
        }
        return new PromotionProposal(evaluation.outcomes, evaluation.notes);
    }

    /** The state of one evaluation: what has been proposed and noted so far. */
    private static final class Evaluation {
        private final PromotionPolicy policy;
        private final EventFacts event;
        private final int field;
        private final List<PromotionOutcome> outcomes = new ArrayList<>();
        private final List<PromotionNote> notes = new ArrayList<>();

        Evaluation(PromotionPolicy policy, EventFacts event, int field) {
            this.policy = policy;
            this.event = event;
            this.field = field;
        }

        void entry(FinalStanding entry) {
            String exclusion = exclusion(entry);
            if (exclusion != null) {
                notes.add(new PromotionNote(entry.registrationId(), null, null, PromotionNote.Kind.NOT_ELIGIBLE,
                        policy.citation() + ": " + where() + ", registration " + entry.registrationId() + " ("
                                + names(entry) + ") " + exclusion + ": no outcomes"));
                return;
            }
            for (Competitor member : entry.members()) {
                member(entry, member);
            }
        }

        /** Why the entry can earn nothing, or null when it can. */
        private static String exclusion(FinalStanding entry) {
            return switch (entry.status()) {
                case WITHDRAWN -> "withdrew";
                case DISQUALIFIED -> "was disqualified";
                case PENDING -> "was never approved";
                case APPROVED -> !entry.completed() ? "is incomplete (not every expected mark is in)"
                        : entry.rank() == null ? "is unranked" : null;
            };
        }

        private void member(FinalStanding entry, Competitor member) {
            List<PromotionRule> rules = policy.rules();
            Set<String> granted = new HashSet<>();
            Integer levelRule = null;
            SkillLevel levelGiven = null;
            for (int i = 0; i < rules.size(); i++) {
                PromotionRule rule = rules.get(i);
                int number = i + 1;
                if (!matches(rule, entry)) {
                    continue;
                }
                if (rule.category() != null && rule.category() != member.category()) {
                    note(entry, member, number, PromotionNote.Kind.OTHER_CATEGORY, "rule " + number + " ("
                            + rule.describeConditions() + ") is for " + rule.category().label() + " only; "
                            + member.name() + " is " + (member.category() == null ? "of no recorded category"
                            : member.category().label()));
                    continue;
                }
                switch (rule.outcome()) {
                    case SKILL_LEVEL -> {
                        SkillLevel to = rule.grantedLevel(member.skillLevel());
                        if (levelRule != null) {
                            if (to != null) {
                                note(entry, member, number, PromotionNote.Kind.ONE_LEVEL_PER_POLICY, "rule " + number
                                        + " (" + rule.describeConditions() + ") would give " + to.label()
                                        + " too; a policy gives one skill level: rule " + levelRule + " gives "
                                        + levelGiven.label());
                            }
                        } else if (to == null) {
                            note(entry, member, number, PromotionNote.Kind.ABOVE_LEVEL, "rule " + number + " ("
                                    + rule.describeConditions() + ") gives no skill level: " + above(rule, member));
                        } else if (policy.oncePerYear() && member.promotedThroughCompetitionIn(event.year())) {
                            levelRule = number;
                            levelGiven = to;
                            note(entry, member, number, PromotionNote.Kind.ONCE_PER_YEAR, member.name()
                                    + " already gained a skill level through a competition in " + event.year()
                                    + " and the policy allows one a year; rule " + number + " ("
                                    + rule.describeConditions() + ") would give " + change(rule, member.skillLevel(), to));
                        } else {
                            levelRule = number;
                            levelGiven = to;
                            outcomes.add(new PromotionOutcome(member.personId(), entry.registrationId(), number,
                                    OutcomeKind.SKILL_LEVEL, member.skillLevel(), to, null, reason(entry, member, rule, number)));
                        }
                    }
                    case TITLE, HONOR_NOMINATION -> {
                        if (granted.add(rule.outcome() + " " + rule.title())) {
                            outcomes.add(new PromotionOutcome(member.personId(), entry.registrationId(), number,
                                    rule.outcome(), null, null, rule.title(), reason(entry, member, rule, number)));
                        }
                    }
                }
            }
        }

        /** Whether the entry meets every entry-level condition of the rule (category is per person). */
        private boolean matches(PromotionRule rule, FinalStanding entry) {
            int rank = entry.rank();
            return (rule.rankFrom() == null || rank >= rule.rankFrom())
                    && (rule.rankTo() == null || rank <= rule.rankTo())
                    && rule.inPercentBand(rank, field)
                    && (rule.awards().isEmpty() || entry.award() != null && rule.awards().contains(entry.award()))
                    && (rule.format() == null || rule.format() == event.format())
                    && (rule.teamSize() == null || rule.teamSize() == event.teamSize())
                    && (rule.minField() == null || field >= rule.minField())
                    && (rule.maxField() == null || field <= rule.maxField())
                    && (!rule.requirePassedModules() || entry.passedModules());
        }

        private void note(FinalStanding entry, Competitor member, int rule, PromotionNote.Kind kind, String text) {
            notes.add(new PromotionNote(entry.registrationId(), member.personId(), rule, kind,
                    policy.citation() + ": " + where() + ", " + member.name() + ", rank " + entry.rank() + " of "
                            + field + " — " + text));
        }

        /** The facts of the entry that the rule tested: the award, module passes, category and team size only when it tests them. */
        private Reason reason(FinalStanding entry, Competitor member, PromotionRule rule, int number) {
            return new Reason(number, entry.rank(), field, rule.awards().isEmpty() ? null : entry.award(),
                    rule.category() == null ? null : member.category(),
                    rule.format() == null && rule.teamSize() == null ? null
                            : event.format() == EventFormat.INDIVIDUAL ? 1 : event.teamSize(),
                    rule.requirePassedModules());
        }

        private String where() {
            return event.competitionName() + " " + event.eventName();
        }

        private static String names(FinalStanding entry) {
            return String.join("、", entry.members().stream().map(Competitor::name).toList());
        }

        /** "技师 (from 中级工)", "高级技师 (already 技师)", "学徒工 (no recorded level)", "技师 (高级工 + 1)". */
        private static String change(PromotionRule rule, SkillLevel from, SkillLevel to) {
            if (rule.level() == null) {
                return to.label() + " (" + (from == null ? "no recorded level, counted from below 学徒工"
                        : from.label()) + " + " + rule.levelSteps() + ")";
            }
            if (from == null) {
                return to.label() + " (no recorded level)";
            }
            return to.label() + (from == rule.level() ? " (already " + from.label() + ")" : " (from " + from.label() + ")");
        }

        /** Why a skill-level rule gives a person nothing. */
        private static String above(PromotionRule rule, Competitor member) {
            SkillLevel current = member.skillLevel();
            if (current == SkillLevel.CHIEF_TECHNICIAN) {
                return "already " + current.label() + ", the top of the ladder";
            }
            return "already " + current.label() + ", above " + rule.level().label();
        }
    }
}
