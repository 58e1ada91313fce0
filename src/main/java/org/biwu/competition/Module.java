package org.biwu.competition;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A weighted part of a round: 理论知识考试, 技能操作考核, a WorldSkills test-project module. */
@Description("A weighted part of a round: 理论知识考试, 技能操作考核, a WorldSkills test-project module.")
public record Module(
        @NonNull String code,
        @NonNull String name,
        @Description("Factor of the module score in the round total: theory 30 % is 0.3.") double weight,
        @Description("Module score needed to pass, in points; null when none.") Double passMark,
        @NonNull List<@NonNull Aspect> aspects,
        @Description("""
                基础分: the module's score starts here. Module score = baseScore + ADD aspects - DEDUCT aspects,
                never below 0 (扣完为止) and never above maxScore when given. 0 when absent.""") double baseScore,
        @Description("The module score's cap, in points (a module of 加分项); null when uncapped.") Double maxScore) {
}
