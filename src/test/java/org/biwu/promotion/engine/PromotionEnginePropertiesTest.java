package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.PromotionRule.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over generated fields. */
class PromotionEnginePropertiesTest {

    /** Overlapping rules of every kind, so that the one-level and one-title limits are exercised. */
    private static final PromotionPolicy OVERLAPPING = PromotionPolicy.of("重叠规则", "test", Set.of(),
            when().ranks(1, 3).grantsTitle("技术能手"),
            when().topPercent("30").grantsLevel(SkillLevel.TECHNICIAN),
            when().ranks(1, 10).category(PersonCategory.EMPLOYEE).grantsLevel(SkillLevel.SENIOR),
            when().topPercent("50").grantsTitle("技术能手"),
            when().awards("优胜奖").grantsLevelSteps(2),
            when().passedModules().grantsLevelSteps(1),
            when().rank(1).nominatesFor("五一劳动奖章"));

    @Property
    void theTopPercentBandHoldsTheFloorOfThatShareOfTheField(@ForAll @IntRange(min = 1, max = 400) int field,
                                                            @ForAll @IntRange(max = 1000) int tenthsOfAPercent) {
        BigDecimal percent = BigDecimal.valueOf(tenthsOfAPercent, 1);
        PromotionRule rule = when().topPercent(percent.toPlainString()).grantsTitle("技术能手");
        long inside = IntStream.rangeClosed(1, field).filter(r -> rule.inPercentBand(r, field)).count();
        assertThat(inside).isEqualTo((long) field * tenthsOfAPercent / 1000);
    }

    @Property
    void adjacentPercentBandsNeitherOverlapNorLeaveAGap(@ForAll @IntRange(min = 1, max = 200) int field,
                                                       @ForAll @IntRange(min = 1, max = 999) int tenthsOfAPercent) {
        String border = BigDecimal.valueOf(tenthsOfAPercent, 1).toPlainString();
        PromotionRule upper = when().topPercent(border).grantsTitle("a");
        PromotionRule lower = when().percent(border, "100").grantsTitle("b");
        for (int rank = 1; rank <= field; rank++) {
            assertThat(upper.inPercentBand(rank, field)).as("rank %d of %d", rank, field)
                    .isNotEqualTo(lower.inPercentBand(rank, field));
        }
    }

    @Provide
    Arbitrary<List<FinalStanding>> fields() {
        Arbitrary<Competitor> competitor = Combinators.combine(
                Arbitraries.longs().between(1, 60),
                Arbitraries.of(PersonCategory.class).injectNull(0.1),
                Arbitraries.of(SkillLevel.class).injectNull(0.2),
                Arbitraries.of(2023, 2024).set().ofMaxSize(2)
        ).as((id, category, level, years) -> new Competitor(id, "选手" + id, category, level, years));
        Arbitrary<FinalStanding> entry = Combinators.combine(
                Arbitraries.integers().between(1, 12).injectNull(0.15),
                Arbitraries.of("优胜奖", "金牌").injectNull(0.5),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of(RegistrationStatus.class),
                Arbitraries.of(true, false),
                competitor.list().ofMinSize(1).ofMaxSize(3)
        ).as((rank, award, completed, status, passed, members) ->
                new FinalStanding(0, rank, award, completed, status, passed, members));
        return entry.list().ofMaxSize(15).map(list -> {
            // registrations and persons unique across the field, as the service guarantees
            List<FinalStanding> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                FinalStanding e = list.get(i);
                int reg = i;
                List<Competitor> members = new ArrayList<>();
                for (int m = 0; m < e.members().size(); m++) {
                    Competitor c = e.members().get(m);
                    members.add(new Competitor(100L * reg + m, c.name(), c.category(), c.skillLevel(),
                            c.competitionPromotionYears()));
                }
                numbered.add(new FinalStanding(reg, e.rank(), e.award(), e.completed(), e.status(), e.passedModules(),
                        members));
            }
            return numbered;
        });
    }

    private static PromotionProposal evaluate(List<FinalStanding> field, boolean oncePerYear) {
        return PromotionEngine.evaluate(OVERLAPPING.withOncePerYear(oncePerYear),
                EventFacts.team(3, CompetitionLevel.ENTERPRISE, "企业技术比武", "钳工", 2024), field);
    }

    @Property
    void nobodyGetsMoreThanOneLevelOrTheSameTitleTwice(@ForAll("fields") List<FinalStanding> field,
                                                       @ForAll boolean oncePerYear) {
        Map<String, Integer> counts = new HashMap<>();
        for (PromotionOutcome o : evaluate(field, oncePerYear).outcomes()) {
            String key = o.personId() + " " + o.kind() + " " + (o.kind() == OutcomeKind.SKILL_LEVEL ? "" : o.title());
            counts.merge(key, 1, Integer::sum);
        }
        assertThat(counts.values()).allMatch(n -> n == 1);
    }

    @Property
    void aProposedLevelIsAlwaysAboveTheCurrentOne(@ForAll("fields") List<FinalStanding> field) {
        assertThat(evaluate(field, false).outcomes()).filteredOn(o -> o.kind() == OutcomeKind.SKILL_LEVEL)
                .allMatch(o -> o.fromLevel() == null || o.toLevel().isAbove(o.fromLevel()));
    }

    @Property
    void onlyApprovedCompleteRankedEntriesEarnOutcomes(@ForAll("fields") List<FinalStanding> field) {
        Map<Long, FinalStanding> byRegistration = new HashMap<>();
        field.forEach(e -> byRegistration.put(e.registrationId(), e));
        assertThat(evaluate(field, false).outcomes()).allSatisfy(o -> {
            FinalStanding entry = byRegistration.get(o.registrationId());
            assertThat(entry.status()).isEqualTo(RegistrationStatus.APPROVED);
            assertThat(entry.completed()).isTrue();
            assertThat(entry.rank()).isNotNull();
        });
    }

    @Property
    void onceAYearNobodyPromotedThisYearIsProposedALevel(@ForAll("fields") List<FinalStanding> field) {
        Set<Long> promotedThisYear = new HashSet<>();
        field.forEach(e -> e.members().stream().filter(m -> m.promotedThroughCompetitionIn(2024))
                .forEach(m -> promotedThisYear.add(m.personId())));
        assertThat(evaluate(field, true).outcomes()).filteredOn(o -> o.kind() == OutcomeKind.SKILL_LEVEL)
                .noneMatch(o -> promotedThisYear.contains(o.personId()));
    }
}
