package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Zhejiang (2016): provincial class I top 5 / class II top 3 → 浙江省技术能手; exceptional promotion to
 * 技师 for provincial class I top 8, class II top 5, municipal class I top 3, municipal class II 1st.
 */
class Zhejiang2016Test {

    private static final String TITLE = "浙江省技术能手";

    private static Field finalists(CompetitionLevel level) {
        return Field.of(EventFacts.individual(level, "2016 年浙江省“浙江工匠杯”职业技能竞赛", "汽车维修工", 2016), 20);
    }

    @Test
    void theTopFiveOfAProvincialClassIContestAreProvincialTechnicalExperts() {
        assertThat(finalists(CompetitionLevel.PROVINCIAL_CLASS_I).evaluate(PolicyTemplates.zhejiangProvincialClassI2016())
                .placesWithTitle(TITLE)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theTopEightOfAProvincialClassIContestBecomeTechnicians() {
        assertThat(finalists(CompetitionLevel.PROVINCIAL_CLASS_I).evaluate(PolicyTemplates.zhejiangProvincialClassI2016())
                .placesWithLevel()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aTechnicianPlacedEighthInAProvincialClassIContestBecomesASeniorTechnician() {
        assertThat(finalists(CompetitionLevel.PROVINCIAL_CLASS_I).level(8, TECHNICIAN)
                .evaluate(PolicyTemplates.zhejiangProvincialClassI2016()).level(8)).isEqualTo(SENIOR_TECHNICIAN);
    }

    @Test
    void theTopThreeOfAProvincialClassIIContestAreProvincialTechnicalExperts() {
        assertThat(finalists(CompetitionLevel.PROVINCIAL_CLASS_II).evaluate(PolicyTemplates.zhejiangProvincialClassII2016())
                .placesWithTitle(TITLE)).containsExactly(1, 2, 3);
    }

    @Test
    void theTopFiveOfAProvincialClassIIContestBecomeTechnicians() {
        assertThat(finalists(CompetitionLevel.PROVINCIAL_CLASS_II).evaluate(PolicyTemplates.zhejiangProvincialClassII2016())
                .placesWithLevel()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theTopThreeOfAMunicipalClassIContestBecomeTechniciansWithoutATitle() {
        Field.Result result = finalists(CompetitionLevel.MUNICIPAL_CLASS_I).evaluate(PolicyTemplates.zhejiangMunicipalClassI2016());
        assertThat(result.placesWithLevel()).containsExactly(1, 2, 3);
        assertThat(result.placesWithTitle(TITLE)).isEmpty();
    }

    @Test
    void onlyTheWinnerOfAMunicipalClassIIContestBecomesATechnician() {
        assertThat(finalists(CompetitionLevel.MUNICIPAL_CLASS_II).evaluate(PolicyTemplates.zhejiangMunicipalClassII2016())
                .placesWithLevel()).containsExactly(1);
    }

    @Test
    void theProvincialClassIRulesAreRefusedForAMunicipalContest() {
        assertThatThrownBy(() -> finalists(CompetitionLevel.MUNICIPAL_CLASS_I)
                .evaluate(PolicyTemplates.zhejiangProvincialClassI2016()))
                .isInstanceOf(PolicyNotApplicableException.class).hasMessageContaining("applies to 省级一类 competitions");
    }

    @Test
    void eachOfTheFourTemplatesIsForOneCompetitionLevel() {
        assertThat(PolicyTemplates.zhejiang2016()).extracting(PromotionPolicy::appliesTo).containsExactly(
                Set.of(CompetitionLevel.PROVINCIAL_CLASS_I), Set.of(CompetitionLevel.PROVINCIAL_CLASS_II),
                Set.of(CompetitionLevel.MUNICIPAL_CLASS_I), Set.of(CompetitionLevel.MUNICIPAL_CLASS_II));
    }
}
