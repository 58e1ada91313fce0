package org.biwu.promotion.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A results-to-promotion policy (赛后技术等级晋升): which competitions it is for and the rules that
 * turn final standings into skill levels, titles and nominations. Mirrors the contract's
 * {@code PromotionPolicyInput}.
 *
 * @param name        e.g. 中国技能大赛 国家级一类竞赛 (2017)
 * @param source      the document the rules come from; null for an organizer's own policy
 * @param appliesTo   competition levels the policy is made for; empty: every level
 * @param oncePerYear a person gains at most one skill level through competitions in a calendar year
 * @param rules       tried in order for every member of every eligible entry
 */
public record PromotionPolicy(String name, String source, Set<CompetitionLevel> appliesTo, boolean oncePerYear,
                              List<PromotionRule> rules) {

    public PromotionPolicy {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank: name the policy, e.g. after the document it comes from");
        }
        appliesTo = appliesTo == null || appliesTo.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(appliesTo));
        rules = List.copyOf(rules);
    }

    /** A policy without the once-a-year limit. */
    public static PromotionPolicy of(String name, String source, Set<CompetitionLevel> appliesTo,
                                     PromotionRule... rules) {
        return new PromotionPolicy(name, source, appliesTo, false, List.of(rules));
    }

    /** Whether the policy is made for competitions of this level. */
    public boolean appliesTo(CompetitionLevel level) {
        return appliesTo.isEmpty() || appliesTo.contains(level);
    }

    /** This policy with the once-a-year limit switched on or off. */
    public PromotionPolicy withOncePerYear(boolean value) {
        return new PromotionPolicy(name, source, appliesTo, value, rules);
    }

    /** 《name》(source), the way every reason starts. */
    public String citation() {
        return "《" + name + "》" + (source == null || source.isBlank() ? "" : "(" + source + ")");
    }

    /** The levels of appliesTo in ladder order, e.g. 省级一类/省级二类; "every level" when empty. */
    public String describeAppliesTo() {
        return appliesTo.isEmpty() ? "every level"
                : appliesTo.stream().sorted().map(CompetitionLevel::label).collect(Collectors.joining("/"));
    }
}
