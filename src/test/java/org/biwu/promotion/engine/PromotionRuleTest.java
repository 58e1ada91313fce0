package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.biwu.promotion.engine.PromotionRule.when;
import static org.biwu.promotion.engine.SkillLevel.APPRENTICE;
import static org.biwu.promotion.engine.SkillLevel.CHIEF_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.INTERMEDIATE;
import static org.biwu.promotion.engine.SkillLevel.JUNIOR;
import static org.biwu.promotion.engine.SkillLevel.PRINCIPAL_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PromotionRuleTest {

    @Nested
    class GrantingALevel {
        private final PromotionRule technician = when().grantsLevel(TECHNICIAN);

        @Test
        void aSeniorWorkerBecomesATechnician() {
            assertThat(technician.grantedLevel(SENIOR)).isEqualTo(TECHNICIAN);
        }

        @Test
        void anIntermediateWorkerJumpsStraightToTechnician() {
            assertThat(technician.grantedLevel(INTERMEDIATE)).isEqualTo(TECHNICIAN);
        }

        @Test
        void aTechnicianAlreadyAtTheLevelBecomesASeniorTechnician() {
            assertThat(technician.grantedLevel(TECHNICIAN)).isEqualTo(SENIOR_TECHNICIAN);
        }

        @Test
        void aSeniorTechnicianAboveTheLevelGetsNothing() {
            assertThat(technician.grantedLevel(SENIOR_TECHNICIAN)).isNull();
        }

        @Test
        void someoneWithNoRecordedLevelGetsTheLevel() {
            assertThat(technician.grantedLevel(null)).isEqualTo(TECHNICIAN);
        }

        @Test
        void aChiefTechnicianAtTheTopLevelGetsNothing() {
            assertThat(when().grantsLevel(CHIEF_TECHNICIAN).grantedLevel(CHIEF_TECHNICIAN)).isNull();
        }
    }

    @Nested
    class GrantingSteps {

        @Test
        void twoStepsLiftASeniorWorkerToSeniorTechnician() {
            assertThat(when().grantsLevelSteps(2).grantedLevel(SENIOR)).isEqualTo(SENIOR_TECHNICIAN);
        }

        @Test
        void stepsFromNoRecordedLevelCountFromBelowTheApprentice() {
            assertThat(when().grantsLevelSteps(1).grantedLevel(null)).isEqualTo(APPRENTICE);
            assertThat(when().grantsLevelSteps(2).grantedLevel(null)).isEqualTo(JUNIOR);
        }

        @Test
        void stepsStopAtTheChiefTechnician() {
            assertThat(when().grantsLevelSteps(3).grantedLevel(PRINCIPAL_TECHNICIAN)).isEqualTo(CHIEF_TECHNICIAN);
        }

        @Test
        void stepsFromTheTopGrantNothing() {
            assertThat(when().grantsLevelSteps(1).grantedLevel(CHIEF_TECHNICIAN)).isNull();
        }
    }

    @Nested
    class RefusingRulesThatCannotWork {

        @Test
        void aSkillLevelRuleNeedsALevelOrSteps() {
            assertThatThrownBy(() -> rule(OutcomeKind.SKILL_LEVEL, null, null, null))
                    .hasMessage("outcome SKILL_LEVEL needs exactly one of level and levelSteps");
        }

        @Test
        void aSkillLevelRuleCannotHaveBothALevelAndSteps() {
            assertThatThrownBy(() -> rule(OutcomeKind.SKILL_LEVEL, TECHNICIAN, 1, null))
                    .hasMessage("outcome SKILL_LEVEL needs exactly one of level and levelSteps");
        }

        @Test
        void aTitleRuleNeedsATitle() {
            assertThatThrownBy(() -> rule(OutcomeKind.TITLE, null, null, " "))
                    .hasMessage("outcome TITLE needs a title, e.g. 技术能手 or 五一劳动奖章");
        }

        @Test
        void aNominationCannotGrantALevel() {
            assertThatThrownBy(() -> rule(OutcomeKind.HONOR_NOMINATION, TECHNICIAN, null, "五一劳动奖章"))
                    .hasMessageContaining("leave them out of a HONOR_NOMINATION rule");
        }

        @Test
        void aRankBandGivenBackwardsSaysHowToGiveIt() {
            assertThatThrownBy(() -> when().ranks(5, 1).grantsTitle("技术能手"))
                    .hasMessage("rankFrom 5 is above rankTo 1: give the band as rankFrom ≤ rankTo");
        }

        @Test
        void anEmptyPercentBandIsRefused() {
            assertThatThrownBy(() -> when().percent("40", "40").grantsTitle("技术能手"))
                    .hasMessageContaining("the band (percentFrom, percentTo] would be empty");
        }

        @Test
        void aPercentAboveAHundredIsRefused() {
            assertThatThrownBy(() -> when().topPercent("120").grantsTitle("技术能手"))
                    .hasMessage("percentTo 120 is not a percentage: give 0 to 100");
        }

        @Test
        void anIndividualEventRuleForTeamsOfThreeIsRefused() {
            assertThatThrownBy(() -> when().format(EventFormat.INDIVIDUAL).teamSize(3).grantsTitle("技术能手"))
                    .hasMessageContaining("never matches");
        }

        @Test
        void zeroStepsAreRefused() {
            assertThatThrownBy(() -> when().grantsLevelSteps(0)).hasMessage("levelSteps 0 is below 1");
        }

        private PromotionRule rule(OutcomeKind kind, SkillLevel level, Integer steps, String title) {
            return new PromotionRule(null, null, null, null, null, null, null, null, null, false, null, kind, level,
                    steps, title);
        }
    }

    @Test
    void anEmptyAwardListIsNoCondition() {
        PromotionRule rule = new PromotionRule(1, 3, null, null, List.of(), null, null, null, null, false, null,
                OutcomeKind.TITLE, null, null, "技术能手");
        assertThat(rule.describeConditions()).isEqualTo("ranks 1–3");
    }

    @Test
    void theConditionsReadLikeTheDocument() {
        PromotionRule rule = new PromotionRule(1, 5, new BigDecimal("20"), new BigDecimal("40.0"), List.of("金牌", "优胜奖"),
                EventFormat.TEAM, 2, 11, 30, true, PersonCategory.EMPLOYEE, OutcomeKind.SKILL_LEVEL, TECHNICIAN, null, null);
        assertThat(rule.describeConditions()).isEqualTo("ranks 1–5, top 40 % but not top 20 %, award 金牌/优胜奖, "
                + "team events, team size 2, field 11–30, every module passed, 职工 only");
    }
}
