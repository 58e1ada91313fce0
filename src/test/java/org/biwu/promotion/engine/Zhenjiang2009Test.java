package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Zhenjiang municipal (2009): theory and practical passed → 高级工; top 3 → 市技术能手; top 5 → 市五一技术标兵. */
class Zhenjiang2009Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.zhenjiangMunicipal2009();

    /** 32 finalists from 14 units. */
    private static Field finalists() {
        return Field.of(EventFacts.individual(CompetitionLevel.MUNICIPAL_CLASS_I, "2009 年镇江市职工职业技能竞赛", "维修电工", 2009), 32);
    }

    @Test
    void everyFinalistWhoPassedTheoryAndPracticalBecomesASeniorWorker() {
        Field.Result result = finalists().evaluate(POLICY);
        assertThat(IntStream.rangeClosed(1, 32).mapToObj(result::level)).containsOnly(SENIOR);
    }

    @Test
    void failingTheTheoryExamLosesTheSeniorCertificate() {
        assertThat(finalists().failedAModule(20).evaluate(POLICY).outcomes(20)).isEmpty();
    }

    @Test
    void theTopThreeAreMunicipalTechnicalExperts() {
        assertThat(finalists().evaluate(POLICY).placesWithTitle("镇江市技术能手")).containsExactly(1, 2, 3);
    }

    @Test
    void theTopFiveAreMayDayTechnicalPacesetters() {
        assertThat(finalists().evaluate(POLICY).placesWithTitle("镇江市五一技术标兵")).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aTopThreeFinalistWhoFailedAModuleKeepsBothTitlesButGetsNoLevel() {
        Field.Result result = finalists().failedAModule(2).evaluate(POLICY);
        assertThat(result.level(2)).isNull();
        assertThat(result.titles(2)).containsExactly("镇江市技术能手", "镇江市五一技术标兵");
    }

    @Test
    void aTechnicianWhoPassedGetsNoLevel() {
        assertThat(finalists().level(10, SkillLevel.TECHNICIAN).evaluate(POLICY).outcomes(10)).isEmpty();
    }
}
