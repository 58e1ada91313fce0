package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.promotion.engine.PolicyTemplates.NATIONAL_TECHNICAL_EXPERT;
import static org.biwu.promotion.engine.SkillLevel.SENIOR_TECHNICIAN;
import static org.biwu.promotion.engine.SkillLevel.TECHNICIAN;

import org.junit.jupiter.api.Test;

/**
 * 第一届全国技能大赛 (2020): 全国技术能手 to the top 5 / top 3 pairs / top 2 teams of three or more;
 * 优胜奖 or better → 技师.
 */
class FirstNationalSkillsCompetition2020Test {

    private static final PromotionPolicy POLICY = PolicyTemplates.firstNationalSkillsCompetition2020();
    private static final String COMPETITION = "中华人民共和国第一届职业技能大赛";

    /** 20 welders: gold, silver, bronze, then 优胜奖 to places 4–10 (the top half). */
    private static Field welders() {
        return withAwards(Field.of(EventFacts.individual(CompetitionLevel.NATIONAL_CLASS_I, COMPETITION, "焊接", 2020), 20));
    }

    /** 10 pairs in mobile robotics. */
    private static Field pairs() {
        return withAwards(Field.of(EventFacts.team(2, CompetitionLevel.NATIONAL_CLASS_I, COMPETITION, "移动机器人", 2020), 10));
    }

    /** 8 teams of three. */
    private static Field teamsOfThree() {
        return withAwards(Field.of(EventFacts.team(3, CompetitionLevel.NATIONAL_CLASS_I, COMPETITION, "工业 4.0", 2020), 8));
    }

    private static Field withAwards(Field field) {
        return field.award(1, "金牌").award(2, "银牌").award(3, "铜牌");
    }

    @Test
    void theTopFiveOfASinglePersonEventAreNationalTechnicalExperts() {
        assertThat(welders().evaluate(POLICY).placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void bothMembersOfTheTopThreePairsAreNationalTechnicalExperts() {
        Field.Result result = pairs().evaluate(POLICY);
        assertThat(result.placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).containsExactly(1, 2, 3);
        assertThat(result.titles(3, 0)).containsExactly(NATIONAL_TECHNICAL_EXPERT);
        assertThat(result.titles(3, 1)).containsExactly(NATIONAL_TECHNICAL_EXPERT);
    }

    @Test
    void onlyTheTopTwoTeamsOfThreeAreNationalTechnicalExperts() {
        assertThat(teamsOfThree().evaluate(POLICY).placesWithTitle(NATIONAL_TECHNICAL_EXPERT)).containsExactly(1, 2);
    }

    @Test
    void aWinningPairIsNamedNationalTechnicalExpertsOnceThoughTwoRulesSaySo() {
        assertThat(pairs().evaluate(POLICY).titles(1, 1)).containsExactly(NATIONAL_TECHNICAL_EXPERT);
    }

    @Test
    void medallistsAndExcellenceAwardWinnersBecomeTechniciansAndNobodyElse() {
        Field.Result result = welders().awards(4, 10, "优胜奖").evaluate(POLICY);
        assertThat(result.placesWithLevel()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.level(10)).isEqualTo(TECHNICIAN);
    }

    @Test
    void anExcellenceAwardWinnerWhoIsAlreadyATechnicianBecomesASeniorTechnician() {
        Field.Result result = welders().awards(4, 10, "优胜奖").level(9, TECHNICIAN).evaluate(POLICY);
        assertThat(result.level(9)).isEqualTo(SENIOR_TECHNICIAN);
    }

    @Test
    void studentsAreRewardedLikeEmployees() {
        Field.Result result = welders().category(2, PersonCategory.STUDENT).evaluate(POLICY);
        assertThat(result.titles(2)).containsExactly(NATIONAL_TECHNICAL_EXPERT);
        assertThat(result.level(2)).isEqualTo(TECHNICIAN);
    }

    @Test
    void everyMemberOfTheGoldMedalTeamBecomesATechnician() {
        Field.Result result = teamsOfThree().evaluate(POLICY);
        assertThat(result.level(1, 0)).isEqualTo(TECHNICIAN);
        assertThat(result.level(1, 1)).isEqualTo(TECHNICIAN);
        assertThat(result.level(1, 2)).isEqualTo(TECHNICIAN);
    }
}
