package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tongling municipal class I (2023, 钳工): 1st → 铜都劳动奖章 nomination; 三等奖 or better → 高级工. */
class Tongling2023Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.tonglingMunicipalClassI2023();

    /** 47 fitters from 16 teams: 一等奖 1, 二等奖 3, 三等奖 6. */
    private static Field fitters() {
        return Field.of(EventFacts.individual(CompetitionLevel.MUNICIPAL_CLASS_I, "2023 年铜陵市职业技能大赛", "钳工", 2023), 47)
                .award(1, "一等奖").awards(2, 4, "二等奖").awards(5, 10, "三等奖");
    }

    @Test
    void theWinnerIsNominatedForTheTongduLabourMedal() {
        Field.Result result = fitters().evaluate(POLICY);
        assertThat(result.placesWithTitle("铜都劳动奖章")).containsExactly(1);
        assertThat(result.outcomes(1)).extracting(PromotionOutcome::kind)
                .containsExactly(OutcomeKind.HONOR_NOMINATION, OutcomeKind.SKILL_LEVEL);
    }

    @Test
    void theTenPrizeWinnersBecomeSeniorWorkersAndNobodyElse() {
        Field.Result result = fitters().evaluate(POLICY);
        assertThat(result.placesWithLevel()).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(result::level)).containsOnly(SENIOR);
    }

    @Test
    void aPrizeWinnerWhoIsAlreadyASeniorWorkerIsProposedTechnician() {
        assertThat(fitters().level(7, SENIOR).evaluate(POLICY).level(7)).isEqualTo(TECHNICIAN);
    }

    @Test
    void aPrizeWinnerWhoseRegistrationWasNeverApprovedGetsNothing() {
        Field.Result result = fitters().status(3, RegistrationStatus.PENDING).evaluate(POLICY);
        assertThat(result.outcomes(3)).isEmpty();
        assertThat(result.notes(3)).extracting(PromotionNote::reason).singleElement().asString()
                .contains("was never approved");
    }
}
