package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hunan: 优胜奖 or better → 技师, an employee placed 1st → 五一劳动奖章 nomination. Hainan: medals → 技师, 优胜奖 → 高级工. */
class HunanHainanTest {

    /** 16 finalists: gold, silver, bronze, 优胜奖 to places 4–8. */
    private static Field finalists(String competition) {
        return Field.of(EventFacts.individual(CompetitionLevel.PROVINCIAL_CLASS_I, competition, "工业机器人系统操作员", 2023), 16)
                .award(1, "金牌").award(2, "银牌").award(3, "铜牌").awards(4, 8, "优胜奖");
    }

    @Nested
    class Hunan {
        private static final PromotionPolicy POLICY = PolicyTemplates.hunanProvincial();
        private static final String MEDAL = "湖南省五一劳动奖章";

        private Field finalists() {
            return HunanHainanTest.finalists("2023 年湖南省职业技能大赛");
        }

        @Test
        void medallistsAndExcellenceAwardWinnersBecomeTechnicians() {
            Field.Result result = finalists().evaluate(POLICY);
            assertThat(result.placesWithLevel()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(IntStream.rangeClosed(1, 8).mapToObj(result::level)).containsOnly(TECHNICIAN);
        }

        @Test
        void theEmployeePlacedFirstIsNominatedForTheProvincialMayDayLabourMedal() {
            Field.Result result = finalists().evaluate(POLICY);
            assertThat(result.placesWithTitle(MEDAL)).containsExactly(1);
            assertThat(result.outcomes(1)).filteredOn(o -> MEDAL.equals(o.title()))
                    .extracting(PromotionOutcome::kind).containsExactly(OutcomeKind.HONOR_NOMINATION);
        }

        @Test
        void aStudentPlacedFirstIsNotNominatedButStillBecomesATechnician() {
            Field.Result result = finalists().category(1, PersonCategory.STUDENT).evaluate(POLICY);
            assertThat(result.titles(1)).isEmpty();
            assertThat(result.level(1)).isEqualTo(TECHNICIAN);
        }

        @Test
        void equalFirstPlacesAreBothNominated() {
            Field.Result result = finalists().ranks(1, 1, 1).award(2, "金牌").evaluate(POLICY);
            assertThat(result.placesWithTitle(MEDAL)).containsExactly(1, 2);
        }
    }

    @Nested
    class Hainan {
        private static final PromotionPolicy POLICY = PolicyTemplates.hainanProvincial();

        private Field finalists() {
            return HunanHainanTest.finalists("2023 年海南省职业技能大赛");
        }

        @Test
        void medallistsBecomeTechnicians() {
            Field.Result result = finalists().evaluate(POLICY);
            assertThat(IntStream.rangeClosed(1, 3).mapToObj(result::level)).containsOnly(TECHNICIAN);
        }

        @Test
        void excellenceAwardWinnersBecomeSeniorWorkers() {
            Field.Result result = finalists().evaluate(POLICY);
            assertThat(IntStream.rangeClosed(4, 8).mapToObj(result::level)).containsOnly(SENIOR);
            assertThat(result.placesWithLevel()).hasSize(8);
        }

        @Test
        void anExcellenceAwardWinnerWhoIsAlreadyASeniorWorkerIsProposedTechnician() {
            assertThat(finalists().level(6, SENIOR).evaluate(POLICY).level(6)).isEqualTo(TECHNICIAN);
        }
    }
}
