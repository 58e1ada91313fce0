package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.biwu.promotion.engine.PersonCategory.EMPLOYEE;
import static org.biwu.promotion.engine.PersonCategory.STUDENT;
import static org.biwu.promotion.engine.PromotionRule.when;
import static org.biwu.promotion.engine.SkillLevel.INTERMEDIATE;
import static org.biwu.promotion.engine.SkillLevel.JUNIOR;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine's semantics on small made-up policies; the published policies are in PolicyTemplatesTest. */
class PromotionEngineTest {

    private static final String COMPETITION = "2024 年全市职工职业技能大赛";

    private static EventFacts individualEvent() {
        return EventFacts.individual(CompetitionLevel.MUNICIPAL_CLASS_I, COMPETITION, "电工", 2024);
    }

    private static EventFacts teamEvent(int size) {
        return EventFacts.team(size, CompetitionLevel.MUNICIPAL_CLASS_I, COMPETITION, "数控机床装调维修", 2024);
    }

    private static PromotionPolicy policy(PromotionRule... rules) {
        return PromotionPolicy.of("测试政策", "test", Set.of(), rules);
    }

    private static final PromotionPolicy TOP_THREE_TECHNICIANS = policy(when().ranks(1, 3).grantsLevel(TECHNICIAN));

    @Nested
    class Bands {

        @Test
        void equalThirdPlacesStraddlingTheTopThreeBorderAreBothIn() {
            Field field = Field.of(individualEvent(), 6).ranks(1, 1, 2, 3, 3, 5, 6);
            assertThat(field.evaluate(TOP_THREE_TECHNICIANS).placesWithLevel()).containsExactly(1, 2, 3, 4);
        }

        @Test
        void equalPlacesStraddlingAPercentBorderAreBothIn() {
            // 10 ranked: top 20 % is ranks 1-2; places 2 and 3 tie at rank 2
            Field field = Field.of(individualEvent(), 10).ranks(1, 1, 2, 2, 4);
            PromotionPolicy top20 = policy(when().topPercent("20").grantsLevel(TECHNICIAN));
            assertThat(field.evaluate(top20).placesWithLevel()).containsExactly(1, 2, 3);
        }

        @Test
        void aPercentBorderIsExactNotFloatingPoint() {
            // 100 × (29 / 100) is 28.999999999999996 in double arithmetic; rank 29 is in the top 29 %
            Field field = Field.of(individualEvent(), 100);
            PromotionPolicy top29 = policy(when().topPercent("29").grantsLevel(TECHNICIAN));
            assertThat(field.evaluate(top29).placesWithLevel()).hasSize(29).endsWith(29);
        }

        @Test
        void theLowerPercentBorderIsExclusive() {
            // 10 ranked, (20 %, 40 %]: ranks 3-4
            Field field = Field.of(individualEvent(), 10);
            PromotionPolicy band = policy(when().percent("20", "40").grantsLevel(SENIOR));
            assertThat(field.evaluate(band).placesWithLevel()).containsExactly(3, 4);
        }

        @Test
        void theFieldSizeCountsRankedEntriesOnly() {
            // 10 entries, 2 unranked: N = 8, so the top half is ranks 1-4, not 1-5
            Field field = Field.of(individualEvent(), 10).rank(9, null).rank(10, null);
            PromotionPolicy topHalf = policy(when().topPercent("50").grantsLevel(TECHNICIAN));
            assertThat(field.evaluate(topHalf).placesWithLevel()).containsExactly(1, 2, 3, 4);
        }

        @Test
        void aFieldBandAppliesOnlyToFieldsOfThatSize() {
            PromotionPolicy smallFields = policy(when().maxField(10).rank(1).grantsTitle("技术能手"));
            assertThat(Field.of(individualEvent(), 10).evaluate(smallFields).placesWithOutcomes()).containsExactly(1);
            assertThat(Field.of(individualEvent(), 11).evaluate(smallFields).placesWithOutcomes()).isEmpty();
        }
    }

    @Nested
    class Conditions {

        @Test
        void anAwardRuleRewardsOnlyTheAwardsItNames() {
            Field field = Field.of(individualEvent(), 5).award(1, "金牌").award(2, "银牌").award(3, "优秀奖");
            PromotionPolicy medals = policy(when().awards("金牌", "银牌", "铜牌").grantsLevel(TECHNICIAN));
            assertThat(field.evaluate(medals).placesWithLevel()).containsExactly(1, 2);
        }

        @Test
        void aFailedModuleLosesTheLevelThatNeedsEveryModulePassed() {
            Field field = Field.of(individualEvent(), 3).failedAModule(2);
            PromotionPolicy passed = policy(when().passedModules().grantsLevel(SENIOR));
            assertThat(field.evaluate(passed).placesWithLevel()).containsExactly(1, 3);
        }

        @Test
        void aPairRuleDoesNotApplyToTeamsOfThree() {
            PromotionPolicy pairs = policy(when().format(EventFormat.TEAM).teamSize(2).rank(1).grantsTitle("技术能手"));
            assertThat(Field.of(teamEvent(2), 3).evaluate(pairs).placesWithOutcomes()).containsExactly(1);
            assertThat(Field.of(teamEvent(3), 3).evaluate(pairs).placesWithOutcomes()).isEmpty();
        }

        @Test
        void anIndividualEventRuleDoesNotApplyToTeamEvents() {
            PromotionPolicy individual = policy(when().format(EventFormat.INDIVIDUAL).rank(1).grantsTitle("技术能手"));
            assertThat(Field.of(teamEvent(2), 3).evaluate(individual).placesWithOutcomes()).isEmpty();
        }

        @Test
        void aStudentGetsNothingFromAnEmployeesOnlyRuleAndANoteSaysWhy() {
            Field field = Field.of(individualEvent(), 3).category(2, STUDENT);
            PromotionPolicy employees = policy(when().ranks(1, 3).category(EMPLOYEE).grantsLevel(TECHNICIAN));
            Field.Result result = field.evaluate(employees);
            assertThat(result.placesWithLevel()).containsExactly(1, 3);
            assertThat(result.notes(2)).singleElement().satisfies(note -> {
                assertThat(note.kind()).isEqualTo(PromotionNote.Kind.OTHER_CATEGORY);
                assertThat(note.personId()).isEqualTo(Field.person(2));
                assertThat(note.reason()).endsWith("rule 1 (ranks 1–3, 职工 only) is for 职工 only; "
                        + field.name(2) + " is 学生");
            });
        }

        @Test
        void someoneWithoutARecordedCategoryGetsNothingFromACategoryRule() {
            Field field = Field.of(individualEvent(), 1).category(1, null);
            PromotionPolicy employees = policy(when().rank(1).category(EMPLOYEE).grantsLevel(TECHNICIAN));
            assertThat(field.evaluate(employees).placesWithLevel()).isEmpty();
        }
    }

    @Nested
    class WhoEarnsNothing {

        @Test
        void anUnrankedEntryGetsNothing() {
            Field field = Field.of(individualEvent(), 3).rank(2, null);
            Field.Result result = field.evaluate(TOP_THREE_TECHNICIANS);
            assertThat(result.outcomes(2)).isEmpty();
            assertThat(result.notes(2)).singleElement().extracting(PromotionNote::kind)
                    .isEqualTo(PromotionNote.Kind.NOT_ELIGIBLE);
        }

        @Test
        void anIncompleteEntryGetsNothing() {
            Field field = Field.of(individualEvent(), 3).incomplete(2);
            Field.Result result = field.evaluate(TOP_THREE_TECHNICIANS);
            assertThat(result.placesWithLevel()).containsExactly(1, 3);
            assertThat(result.notes(2)).singleElement().extracting(PromotionNote::reason).asString()
                    .contains("is incomplete");
        }

        @ParameterizedTest
        @EnumSource(value = RegistrationStatus.class, names = {"WITHDRAWN", "DISQUALIFIED", "PENDING"})
        void aRegistrationThatIsNotApprovedGetsNothingEvenWithARank(RegistrationStatus status) {
            Field field = Field.of(individualEvent(), 3).status(2, status);
            Field.Result result = field.evaluate(TOP_THREE_TECHNICIANS);
            assertThat(result.placesWithLevel()).containsExactly(1, 3);
            assertThat(result.notes(2)).singleElement().extracting(PromotionNote::kind)
                    .isEqualTo(PromotionNote.Kind.NOT_ELIGIBLE);
        }

        @Test
        void aWithdrawalIsNamedInTheNote() {
            Field field = Field.of(individualEvent(), 1).status(1, RegistrationStatus.WITHDRAWN);
            assertThat(field.evaluate(TOP_THREE_TECHNICIANS).notes(1)).singleElement().extracting(PromotionNote::reason)
                    .isEqualTo("《测试政策》(test): 2024 年全市职工职业技能大赛 电工, registration 1001 (" + field.name(1)
                            + ") withdrew: no outcomes");
        }
    }

    @Nested
    class Teams {

        @Test
        void everyMemberOfATeamGetsTheTeamsOutcome() {
            Field field = Field.of(teamEvent(3), 4);
            Field.Result result = field.evaluate(TOP_THREE_TECHNICIANS);
            for (int member = 0; member < 3; member++) {
                assertThat(result.level(1, member)).isEqualTo(TECHNICIAN);
            }
        }

        @Test
        void eachMemberIsPromotedFromTheirOwnLevel() {
            Field field = Field.of(teamEvent(3), 1).memberLevel(1, 1, TECHNICIAN).memberLevel(1, 2, SENIOR_TECHNICIAN);
            Field.Result result = field.evaluate(TOP_THREE_TECHNICIANS);
            assertThat(result.level(1, 0)).isEqualTo(TECHNICIAN);
            assertThat(result.level(1, 1)).isEqualTo(SENIOR_TECHNICIAN);
            assertThat(result.level(1, 2)).isNull();
        }

        @Test
        void aStudentInATeamGetsNothingFromAnEmployeesOnlyRuleWhileTheEmployeesDo() {
            Field field = Field.of(teamEvent(2), 1).memberCategory(1, 1, STUDENT);
            PromotionPolicy employees = policy(when().rank(1).category(EMPLOYEE).grantsTitle("技术能手"));
            Field.Result result = field.evaluate(employees);
            assertThat(result.titles(1, 0)).containsExactly("技术能手");
            assertThat(result.titles(1, 1)).isEmpty();
        }
    }

    @Nested
    class SeveralRules {

        @Test
        void onePersonCanGetATitleAndALevel() {
            PromotionPolicy both = policy(when().rank(1).grantsTitle("技术能手"), when().rank(1).grantsLevel(TECHNICIAN));
            List<PromotionOutcome> outcomes = Field.of(individualEvent(), 1).evaluate(both).outcomes(1);
            assertThat(outcomes).extracting(PromotionOutcome::kind).containsExactly(OutcomeKind.TITLE, OutcomeKind.SKILL_LEVEL);
        }

        @Test
        void theFirstLevelRuleThatYieldsALevelWins() {
            PromotionPolicy twoLevels = policy(when().rank(1).grantsLevel(SENIOR), when().rank(1).grantsLevel(TECHNICIAN));
            Field.Result result = Field.of(individualEvent(), 1).level(1, JUNIOR).evaluate(twoLevels);
            assertThat(result.level(1)).isEqualTo(SENIOR);
            assertThat(result.notes(1)).singleElement().satisfies(note -> {
                assertThat(note.kind()).isEqualTo(PromotionNote.Kind.ONE_LEVEL_PER_POLICY);
                assertThat(note.rule()).isEqualTo(2);
            });
        }

        @Test
        void aLevelRuleThePersonIsAboveGivesWayToTheNextRule() {
            PromotionPolicy levelThenSteps = policy(when().rank(1).grantsLevel(SENIOR), when().rank(1).grantsLevelSteps(1));
            Field.Result result = Field.of(individualEvent(), 1).level(1, TECHNICIAN).evaluate(levelThenSteps);
            assertThat(result.level(1)).isEqualTo(SENIOR_TECHNICIAN);
            assertThat(result.notes(1)).singleElement().satisfies(note -> {
                assertThat(note.kind()).isEqualTo(PromotionNote.Kind.ABOVE_LEVEL);
                assertThat(note.reason()).endsWith("rule 1 (rank 1) gives no skill level: already 技师, above 高级工");
            });
        }

        @Test
        void theSameTitleFromTwoRulesIsGrantedOnce() {
            PromotionPolicy twice = policy(when().ranks(1, 3).grantsTitle("技术能手"), when().ranks(1, 2).grantsTitle("技术能手"));
            assertThat(Field.of(individualEvent(), 1).evaluate(twice).outcomes(1)).singleElement()
                    .extracting(PromotionOutcome::rule).isEqualTo(1);
        }

        @Test
        void stepsFromNoRecordedLevelLeadToTheApprentice() {
            PromotionPolicy oneUp = policy(when().rank(1).grantsLevelSteps(1));
            PromotionOutcome outcome = Field.of(individualEvent(), 1).level(1, null).evaluate(oneUp).outcomes(1).get(0);
            assertThat(outcome.fromLevel()).isNull();
            assertThat(outcome.toLevel()).isEqualTo(SkillLevel.APPRENTICE);
            assertThat(outcome.reason()).isEqualTo(new Reason(1, 1, 1, null, null, null, false));
        }
    }

    @Nested
    class OncePerYear {
        private final PromotionPolicy oncePerYear = policy(when().rank(1).grantsTitle("技术能手"),
                when().rank(1).grantsLevel(TECHNICIAN)).withOncePerYear(true);

        @Test
        void someonePromotedThroughACompetitionThisYearGetsNoSecondLevel() {
            Field.Result result = Field.of(individualEvent(), 1).promotedIn(1, 2024).evaluate(oncePerYear);
            assertThat(result.level(1)).isNull();
        }

        @Test
        void theNoteTellsHrWhichLevelWasHeldBack() {
            Field field = Field.of(individualEvent(), 1).level(1, SENIOR).promotedIn(1, 2024);
            assertThat(field.evaluate(oncePerYear).notes(1)).singleElement().satisfies(note -> {
                assertThat(note.kind()).isEqualTo(PromotionNote.Kind.ONCE_PER_YEAR);
                assertThat(note.reason()).endsWith(field.name(1) + " already gained a skill level through a competition "
                        + "in 2024 and the policy allows one a year; rule 2 (rank 1) would give 技师 (from 高级工)");
            });
        }

        @Test
        void theLimitDoesNotTouchTitles() {
            Field.Result result = Field.of(individualEvent(), 1).promotedIn(1, 2024).evaluate(oncePerYear);
            assertThat(result.titles(1)).containsExactly("技术能手");
        }

        @Test
        void aLevelGainedLastYearDoesNotCount() {
            Field.Result result = Field.of(individualEvent(), 1).promotedIn(1, 2023).evaluate(oncePerYear);
            assertThat(result.level(1)).isEqualTo(TECHNICIAN);
        }

        @Test
        void withoutTheLimitASecondLevelInAYearIsProposed() {
            Field.Result result = Field.of(individualEvent(), 1).promotedIn(1, 2024).evaluate(oncePerYear.withOncePerYear(false));
            assertThat(result.level(1)).isEqualTo(TECHNICIAN);
        }
    }

    @Nested
    class CompetitionLevels {

        @Test
        void aPolicyForProvincialContestsIsRefusedForAMunicipalOneWithWhatToDo() {
            PromotionPolicy provincial = PromotionPolicy.of("省赛政策", "省人社厅", Set.of(CompetitionLevel.PROVINCIAL_CLASS_I,
                    CompetitionLevel.PROVINCIAL_CLASS_II), when().rank(1).grantsLevel(TECHNICIAN));
            assertThatThrownBy(() -> Field.of(individualEvent(), 1).evaluate(provincial))
                    .isInstanceOf(PolicyNotApplicableException.class)
                    .hasMessage("《省赛政策》(省人社厅) applies to 省级一类/省级二类 competitions; 2024 年全市职工职业技能大赛 is "
                            + "市级一类 (MUNICIPAL_CLASS_I): choose a policy made for 市级一类 competitions, or add "
                            + "MUNICIPAL_CLASS_I to the policy's appliesTo");
        }

        @Test
        void aPolicyWithoutAppliesToAppliesToEveryLevel() {
            assertThat(Field.of(individualEvent(), 1).evaluate(TOP_THREE_TECHNICIANS).level(1)).isEqualTo(TECHNICIAN);
        }
    }

    @Nested
    class Reasons {

        @Test
        void aReasonNamesTheRuleTheRankTheFieldAndWhatTheRuleTests() {
            PromotionPolicy policy = PromotionPolicy.of("中国技能大赛 国家级一类竞赛 (2017)",
                    "人社部 notice on 2017 national class-I contests", Set.of(),
                    when().ranks(1, 5).category(EMPLOYEE).grantsLevel(TECHNICIAN));
            Field field = Field.of(individualEvent(), 20).level(3, TECHNICIAN);
            // the rule tests the category: the reason names it; nothing else the rule does not test
            assertThat(field.evaluate(policy).outcomes(3)).singleElement().extracting(PromotionOutcome::reason)
                    .isEqualTo(new Reason(1, 3, 20, null, EMPLOYEE, null, false));
        }

        @Test
        void aReasonNamesTheAwardAndTheModulePassesWhenTheRuleTestsThem() {
            PromotionPolicy policy = policy(when().awards("优胜奖").passedModules().grantsLevel(SENIOR));
            Field field = Field.of(individualEvent(), 5).award(4, "优胜奖");
            assertThat(field.evaluate(policy).outcomes(4)).singleElement().extracting(PromotionOutcome::reason)
                    .isEqualTo(new Reason(1, 4, 5, "优胜奖", null, null, true));
        }

        @Test
        void theProposalDoesNotDependOnTheOrderOfTheStandings() {
            Field field = Field.of(teamEvent(2), 12).ranks(3, 3, 3).rank(12, null).memberCategory(5, 1, STUDENT);
            PromotionPolicy policy = policy(when().ranks(1, 3).grantsTitle("技术能手"),
                    when().topPercent("50").category(EMPLOYEE).grantsLevel(TECHNICIAN));
            List<FinalStanding> shuffled = new ArrayList<>(field.standings());
            Collections.reverse(shuffled);
            assertThat(PromotionEngine.evaluate(policy, field.event(), shuffled))
                    .isEqualTo(PromotionEngine.evaluate(policy, field.event(), field.standings()));
        }
    }

    @Test
    void aPersonAlreadyAtTheLevelIsProposedTheNextOneFromTheirCurrentLevel() {
        PromotionOutcome outcome = Field.of(individualEvent(), 1).level(1, TECHNICIAN).evaluate(TOP_THREE_TECHNICIANS)
                .outcomes(1).get(0);
        assertThat(outcome.fromLevel()).isEqualTo(TECHNICIAN);
        assertThat(outcome.toLevel()).isEqualTo(SENIOR_TECHNICIAN);
    }

    @Test
    void anIntermediateWorkerIsProposedFromIntermediate() {
        PromotionOutcome outcome = Field.of(individualEvent(), 1).evaluate(TOP_THREE_TECHNICIANS).outcomes(1).get(0);
        assertThat(outcome.fromLevel()).isEqualTo(INTERMEDIATE);
    }
}
