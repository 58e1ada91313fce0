package org.biwu.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * The API answers in the reader's language (Accept-Language): every userError names its field in
 * the reader's words and says what is wrong without an API code, in Chinese for a Chinese reader
 * and in English otherwise; the `problem` is the message without the field, for a form.
 */
@QuarkusTest
class LocalizedMessagesTest {

    static final GraphQL CHINESE = Fixtures.ORGANIZER.reading("zh-CN,zh;q=0.9,en;q=0.8");
    static final GraphQL ENGLISH = Fixtures.ORGANIZER.reading("en-US,en;q=0.9");

    static final String REGISTER = """
            mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
              registrations { id } userErrors { field message problem code } } }""";

    /** A resident id number (GB 11643) with a mistyped check character: 4 where X belongs. */
    static final String WRONG_CHECK_CHARACTER = "11010519491231002X".substring(0, 17) + "4";

    @Test
    void aMistypedNationalIdIsExplainedInTheReadersLanguageNamingTheRow() {
        String event = Fixtures.event(Fixtures.simpleEvent(Fixtures.competition("语言测试 身份证", "SKILL", "ENTERPRISE"),
                "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        Map<String, Object> in = Map.of("eventId", event, "competitors", List.of(Map.of("name", "张三", "nationalId", WRONG_CHECK_CHARACTER)));
        Map<String, Object> chinese = CHINESE.run(REGISTER, "in", in).getMap("data.registerCompetitors.userErrors[0]");
        assertThat(chinese).containsEntry("message", "第1名选手 身份证号：校验位应为 X，不是 4")
                .containsEntry("problem", "校验位应为 X，不是 4").containsEntry("code", "INVALID")
                .containsEntry("field", List.of("competitors", "0", "nationalId"));
        assertThat(ENGLISH.run(REGISTER, "in", in).getString("data.registerCompetitors.userErrors[0].message"))
                .isEqualTo("competitor 1, national id number: the check character should be X, not 4");
    }

    @Test
    void aStateIsNamedInWordsNeverAsItsCode() {
        String competition = Fixtures.competition("语言测试 状态", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        Fixtures.status(competition, "SCORING_CLOSED");
        Map<String, Object> in = Map.of("eventId", event, "competitors", List.of(Map.of("name", "张三")));
        assertThat(CHINESE.run(REGISTER, "in", in).getString("data.registerCompetitors.userErrors[0].message"))
                .isEqualTo("报名已截止：竞赛当前为“评分结束”");
        assertThat(ENGLISH.run(REGISTER, "in", in).getString("data.registerCompetitors.userErrors[0].message"))
                .isEqualTo("registration is closed: the competition is Scoring closed");
        JsonPath back = CHINESE.run("""
                mutation($id: ID!) { setCompetitionStatus(id: $id, status: RUNNING) { userErrors { message problem } } }""",
                "id", competition);
        assertThat(back.getString("data.setCompetitionStatus.userErrors[0].message"))
                .isEqualTo("状态：竞赛状态只能向前推进：当前为“评分结束”，“比赛中”在它之前");
    }

    @Test
    void aBadMarkingSchemeIsRefusedFieldByFieldInChinese() {
        String competition = Fixtures.competition("语言测试 评分标准", "SKILL", "ENTERPRISE");
        JsonPath r = CHINESE.run("""
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { message problem } } }""",
                "in", Map.of("competitionId", competition, "name", "钳工", "format", "INDIVIDUAL",
                        "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(
                                Map.of("code", "M", "name", "实操", "weight", -1.0, "aspects", List.of(
                                        Map.of("code", "A", "name", "a", "kind", "JUDGEMENT", "maxMark", 10.0, "judges", 3,
                                                "aggregation", "TRIMMED_MEAN", "dropHighest", 2, "dropLowest", 1))))))));
        assertThat(r.getList("data.createEvent.userErrors.message", String.class)).containsExactlyInAnyOrder(
                "第1轮 第1个模块 权重：不能为负数",
                "第1轮 第1个模块 第1个评分项 去掉最高分个数：3 个评分去掉 2 个最高分和 1 个最低分后，没有剩下的评分");
    }

    @Test
    void aMarkAboveTheMaximumIsExplainedToTheJudgeInChinese() {
        String competition = Fixtures.competition("语言测试 评分", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        String reg = Fixtures.register(event, List.of(Map.of("name", "张三"))).get(0);
        String keeper = Fixtures.judges(event, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "裁判甲", "role", "JUDGE"))).get(1);
        Fixtures.status(competition, "RUNNING");
        JsonPath r = Fixtures.submit(GraphQL.as("scorekeeper").reading("zh-CN"), event, null,
                List.of(Fixtures.mark(reg, "final", "A1", 1, keeper, 11.5)));
        assertThat(r.getString("data.submitMarks.userErrors[0].message")).isEqualTo("第1条评分 分值：11.5 高于该评分项的满分 10");
    }

    @Test
    void aMissingRoleIsNamedInTheReadersWords() {
        JsonPath r = GraphQL.as("viewer").reading("zh-CN").run("""
                mutation { createCompetition(input: {name: "观众的竞赛", kind: SKILL, level: ENTERPRISE}) {
                  competition { id } userErrors { message code } } }""");
        assertThat(r.getString("data.createCompetition.userErrors[0].message")).isEqualTo("需要以下角色之一：组织者、平台管理员");
        assertThat(r.getString("data.createCompetition.userErrors[0].code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void anOrganizerOfAnotherOrganizationIsToldWhichRoleIsMissingButNotWhereTheCompetitionIs() {
        String competition = Fixtures.competition("济南的竞赛", "SKILL", "ENTERPRISE");
        JsonPath r = GraphQL.as("qingdao-organizer").reading("zh-CN").run("""
                mutation($id: ID!) { setCompetitionStatus(id: $id, status: RUNNING) {
                  competition { id } userErrors { message code field } } }""", "id", competition);
        assertThat(r.getString("data.setCompetitionStatus.userErrors[0].message")).isEqualTo("只有相关单位或其上级单位的组织者可以执行此操作");
        assertThat(r.getList("data.setCompetitionStatus.userErrors[0].field")).containsExactly("id");
        assertThat(r.getString("data.setCompetitionStatus.userErrors[0].code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void theShippedPolicyTemplatesCiteTheirSourcesInTheReadersLanguage() {
        String query = "{ promotionPolicies { name source template } }";
        List<Map<String, Object>> chinese = GraphQL.as("hr").reading("zh-CN").run(query).getList("data.promotionPolicies");
        assertThat(chinese).filteredOn(p -> Boolean.TRUE.equals(p.get("template")))
                .allSatisfy(p -> assertThat((String) p.get("source")).doesNotContainPattern("[A-Za-z]{3,}"))
                .anySatisfy(p -> assertThat(p).containsEntry("source", "安徽省通知（2023年）"));
        assertThat(GraphQL.as("hr").run(query).getList("data.promotionPolicies", Map.class))
                .anySatisfy(p -> assertThat(p).containsEntry("source", "Anhui provincial notice, 2023"));
    }
}
