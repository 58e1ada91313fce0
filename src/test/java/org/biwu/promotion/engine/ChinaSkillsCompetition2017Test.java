package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.PersonCategory.EMPLOYEE;
import static org.biwu.promotion.engine.PolicyTemplates.NATIONAL_TECHNICAL_EXPERT;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 中国技能大赛 国家级一类 (2017): employees 1–5 → 全国技术能手 + 技师; 6–20 → 高级工. */
class ChinaSkillsCompetition2017Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.chinaSkillsCompetitionNationalClassI2017();

    /** 25 finalists, all employees at 中级工. */
    private static Field finalists() {
        return Field.of(EventFacts.individual(CompetitionLevel.NATIONAL_CLASS_I, "2017 年中国技能大赛——全国电力行业职业技能竞赛",
                "电力电缆安装运维工", 2017), 25);
    }

    @Test
    void theTopFiveEmployeesAreNamedNationalTechnicalExperts() {
        assertThat(finalists().evaluate(POLICY).placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theTopFiveEmployeesBecomeTechnicians() {
        Field.Result result = finalists().evaluate(POLICY);
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(result::level)).containsOnly(TECHNICIAN);
    }

    @Test
    void aTopFiveEmployeeWhoIsAlreadyATechnicianBecomesASeniorTechnician() {
        assertThat(finalists().level(4, TECHNICIAN).evaluate(POLICY).level(4)).isEqualTo(SENIOR_TECHNICIAN);
    }

    @Test
    void aTopFiveEmployeeAboveTechnicianGetsTheTitleButNoLevel() {
        Field.Result result = finalists().level(2, SENIOR_TECHNICIAN).evaluate(POLICY);
        assertThat(result.level(2)).isNull();
        assertThat(result.titles(2)).containsExactly(NATIONAL_TECHNICAL_EXPERT);
        assertThat(result.notes(2)).extracting(PromotionNote::kind).containsExactly(PromotionNote.Kind.ABOVE_LEVEL);
    }

    @Test
    void employeesPlacedSixthToTwentiethBecomeSeniorWorkers() {
        Field.Result result = finalists().evaluate(POLICY);
        assertThat(IntStream.rangeClosed(6, 20).mapToObj(result::level)).containsOnly(SENIOR);
        assertThat(result.placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).doesNotContain(6);
    }

    @Test
    void anEmployeePlacedTwelfthWhoIsAlreadyASeniorWorkerBecomesATechnician() {
        assertThat(finalists().level(12, SENIOR).evaluate(POLICY).level(12)).isEqualTo(TECHNICIAN);
    }

    @Test
    void nobodyPlacedBelowTwentiethGetsAnything() {
        assertThat(finalists().evaluate(POLICY).placesWithOutcomes()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void equalFifthPlacesAreBothNationalTechnicalExpertsAndTechnicians() {
        Field.Result result = finalists().ranks(5, 5, 5).evaluate(POLICY);
        assertThat(result.placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(result.level(6)).isEqualTo(TECHNICIAN);
        assertThat(result.level(7)).isEqualTo(SENIOR);
    }

    @Test
    void equalTwentiethPlacesBothBecomeSeniorWorkers() {
        Field.Result result = finalists().ranks(20, 20, 20).evaluate(POLICY);
        assertThat(result.level(21)).isEqualTo(SENIOR);
        assertThat(result.level(22)).isNull();
    }

    @Test
    void aStudentInTheTopFiveGetsNeitherTheTitleNorALevel() {
        Field.Result result = finalists().category(3, PersonCategory.STUDENT).evaluate(POLICY);
        assertThat(result.outcomes(3)).isEmpty();
        assertThat(result.notes(3)).extracting(PromotionNote::kind).containsOnly(PromotionNote.Kind.OTHER_CATEGORY);
    }

    @Test
    void aDisqualifiedFinalistGetsNothingWhileTheNextKeepsTheirPlace() {
        Field.Result result = finalists().status(3, RegistrationStatus.DISQUALIFIED).rank(3, null).evaluate(POLICY);
        assertThat(result.outcomes(3)).isEmpty();
        assertThat(result.level(4)).isEqualTo(TECHNICIAN);
    }

    @Test
    void theReasonsNameTheRuleTheRankTheFieldAndTheCategoryTheRulesTest() {
        Field field = finalists().level(3, TECHNICIAN);
        assertThat(field.evaluate(POLICY).outcomes(3)).extracting(PromotionOutcome::reason).containsExactly(
                new Reason(1, 3, 25, null, EMPLOYEE, null, false), new Reason(2, 3, 25, null, EMPLOYEE, null, false));
    }
}
