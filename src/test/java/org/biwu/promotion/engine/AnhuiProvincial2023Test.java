package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.SkillLevel.SENIOR;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Anhui provincial class I (2023): top 20 % → 技师, 21–40 % → 高级工; 安徽省技术能手 by field size. */
class AnhuiProvincial2023Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.anhuiProvincialClassI2023();
    private static final String TITLE = "安徽省技术能手";

    private static Field finalists(int size) {
        return Field.of(EventFacts.individual(CompetitionLevel.PROVINCIAL_CLASS_I, "2023 年安徽省职业技能大赛", "电工", 2023),
                size);
    }

    @Test
    void theTopFifthOfFortySevenFinalistsBecomeTechnicians() {
        // 20 % of 47 = 9.4: ranks 1-9
        Field.Result result = finalists(47).evaluate(POLICY);
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(result::level)).containsOnly(TECHNICIAN);
        assertThat(result.level(10)).isNotEqualTo(TECHNICIAN);
    }

    @Test
    void theNextFifthOfFortySevenFinalistsBecomeSeniorWorkers() {
        // 40 % of 47 = 18.8: ranks 10-18
        Field.Result result = finalists(47).evaluate(POLICY);
        assertThat(IntStream.rangeClosed(10, 18).mapToObj(result::level)).containsOnly(SENIOR);
        assertThat(result.placesWithLevel()).hasSize(18);
    }

    @Test
    void aTopFifthFinalistWhoIsAlreadyATechnicianBecomesASeniorTechnician() {
        assertThat(finalists(47).level(5, TECHNICIAN).evaluate(POLICY).level(5)).isEqualTo(SENIOR_TECHNICIAN);
    }

    @Test
    void aSecondFifthFinalistWhoIsAlreadyASeniorWorkerBecomesATechnician() {
        assertThat(finalists(47).level(15, SENIOR).evaluate(POLICY).level(15)).isEqualTo(TECHNICIAN);
    }

    @Test
    void aSecondFifthFinalistWhoIsAlreadyATechnicianGetsNoLevel() {
        Field.Result result = finalists(47).level(15, TECHNICIAN).evaluate(POLICY);
        assertThat(result.level(15)).isNull();
        assertThat(result.notes(15)).extracting(PromotionNote::kind).containsExactly(PromotionNote.Kind.ABOVE_LEVEL);
    }

    @Test
    void equalFourthPlacesStraddlingTheTwentyPercentBorderAreBothTechnicians() {
        // 20 finalists: top 20 % is ranks 1-4; places 4 and 5 tie at rank 4
        Field.Result result = finalists(20).ranks(4, 4, 4).evaluate(POLICY);
        assertThat(result.level(5)).isEqualTo(TECHNICIAN);
        assertThat(result.level(6)).isEqualTo(SENIOR);
    }

    @Test
    void withTenFinalistsOnlyTheWinnerIsATechnicalExpert() {
        assertThat(finalists(10).evaluate(POLICY).placesWithTitle(TITLE)).containsExactly(1);
    }

    @Test
    void withElevenFinalistsTheTopTwoAreTechnicalExperts() {
        assertThat(finalists(11).evaluate(POLICY).placesWithTitle(TITLE)).containsExactly(1, 2);
    }

    @Test
    void withThirtyFinalistsStillOnlyTheTopTwoAreTechnicalExperts() {
        assertThat(finalists(30).evaluate(POLICY).placesWithTitle(TITLE)).containsExactly(1, 2);
    }

    @Test
    void withThirtyOneFinalistsTheTopThreeAreTechnicalExperts() {
        assertThat(finalists(31).evaluate(POLICY).placesWithTitle(TITLE)).containsExactly(1, 2, 3);
    }

    @Test
    void unrankedEntriesDoNotCountTowardsTheFieldSize() {
        // 31 registrations, one unranked: 30 finalists
        Field.Result result = finalists(31).rank(31, null).evaluate(POLICY);
        assertThat(result.placesWithTitle(TITLE)).containsExactly(1, 2);
    }

    @Test
    void onceAYearAFinalistPromotedEarlierIn2023GetsNoLevelButKeepsTheTitle() {
        Field.Result result = finalists(20).promotedIn(1, 2023).evaluate(POLICY.withOncePerYear(true));
        assertThat(result.level(1)).isNull();
        assertThat(result.titles(1)).containsExactly(TITLE);
        assertThat(result.notes(1)).extracting(PromotionNote::kind).containsExactly(PromotionNote.Kind.ONCE_PER_YEAR);
    }

    @Test
    void onceAYearAFinalistPromotedIn2022IsPromotedAgain() {
        Field.Result result = finalists(20).promotedIn(2, 2022).evaluate(POLICY.withOncePerYear(true));
        assertThat(result.level(2)).isEqualTo(TECHNICIAN);
    }

    @Test
    void theReasonShowsTheRankAgainstTheFieldAndThePercentBand() {
        Field field = finalists(47);
        assertThat(field.evaluate(POLICY).outcomes(12)).singleElement().extracting(PromotionOutcome::reason)
                .isEqualTo(new Reason(2, 12, 47, null, null, null, false));
    }
}
