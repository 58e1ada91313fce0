package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** National contest (2012), senior group: top 5 → 技师, 6–15 → 高级工. */
class NationalContest2012Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.nationalContestSeniorGroup2012();

    private static Field seniorGroup() {
        return Field.of(EventFacts.individual(CompetitionLevel.NATIONAL_CLASS_II, "2012 年全国职业技能竞赛", "数控车工（高级组）",
                2012), 30);
    }

    @Test
    void theTopFiveOfTheSeniorGroupBecomeTechnicians() {
        Field.Result result = seniorGroup().evaluate(POLICY);
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(result::level)).containsOnly(TECHNICIAN);
    }

    @Test
    void placesSixToFifteenBecomeSeniorWorkers() {
        Field.Result result = seniorGroup().evaluate(POLICY);
        assertThat(IntStream.rangeClosed(6, 15).mapToObj(result::level)).containsOnly(SENIOR);
    }

    @Test
    void nobodyBelowFifteenthGetsALevel() {
        assertThat(seniorGroup().evaluate(POLICY).placesWithLevel()).hasSize(15).endsWith(15);
    }
}
