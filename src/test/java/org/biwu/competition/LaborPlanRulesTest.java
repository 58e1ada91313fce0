package org.biwu.competition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * What a labor competition's plan and its assessment refuse, each naming its field in the caller's
 * language: a veto item marked other than 0 or 1 or worth more than 1, a cap below the base score, a
 * period ending before it starts, a negative number of workers, an assessor's note over 500
 * characters; and what the declaration refuses: a skill competition, a recommendation from a root,
 * a change of kind or level once declared.
 */
@QuarkusTest
class LaborPlanRulesTest {

    static final GraphQL ORGANIZER = Fixtures.ORGANIZER.reading("zh-CN");

    static final String CREATE_EVENT = """
            mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { code field message } } }""";

    static Map<String, Object> plan(String competition, double vetoMax, Double cap, String endsOn) {
        Map<String, Object> module = new HashMap<>(Map.of("code", "safety", "name", "比安全", "weight", 1.0, "baseScore", 30.0,
                "aspects", List.of(
                        Map.of("code", "S-DED", "name", "安全隐患扣分", "kind", "MEASUREMENT", "maxMark", 30.0, "judges", 1,
                                "aggregation", "SINGLE", "effect", "DEDUCT"),
                        Map.of("code", "S-VETO", "name", "重大安全事故", "kind", "MEASUREMENT", "maxMark", vetoMax, "judges", 1,
                                "aggregation", "SINGLE", "effect", "VETO"))));
        if (cap != null) {
            module.put("maxScore", cap);
        }
        return Map.of("competitionId", competition, "name", "安全考评", "format", "INDIVIDUAL", "rounds", List.of(Map.of(
                "code", "P1", "name", "第一考核期", "startsOn", "2026-03-01", "endsOn", endsOn, "modules", List.of(module))));
    }

    @Test
    void aPlanThatCannotBeScoredIsRefusedFieldByField() {
        String c = Fixtures.competition("2026年安全生产劳动竞赛", "LABOR", "ENTERPRISE");
        JsonPath r = ORGANIZER.run(CREATE_EVENT, "in", plan(c, 5, 20.0, "2026-02-01"));
        assertThat(r.getList("data.createEvent.userErrors.field", List.class)).containsExactlyInAnyOrder(
                List.of("rounds", "0", "endsOn"), List.of("rounds", "0", "modules", "0", "maxScore"),
                List.of("rounds", "0", "modules", "0", "aspects", "1", "maxMark"));
        assertThat(r.getList("data.createEvent.userErrors.message", String.class)).anySatisfy(m -> assertThat(m).contains("不能低于基础分 30"))
                .anySatisfy(m -> assertThat(m).contains("一票否决项只记 0 或 1"));
        assertThat(r.getString("data.createEvent.event")).isNull();
    }

    @Test
    void aVetoIsMarkedZeroOrOneANoteIsAtMost500CharactersAndWorkersAreNotNegative() {
        String c = Fixtures.competition("2026年文明施工劳动竞赛", "LABOR", "ENTERPRISE");
        String e = Fixtures.event(plan(c, 1, null, "2026-04-30"));
        JsonPath negative = ORGANIZER.run("""
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) { registrations { id } userErrors { field code } } }""",
                "in", Map.of("eventId", e, "competitors", List.of(Map.of("name", "项目经理", "team", "一标段", "participants", -3))));
        assertThat(negative.getList("data.registerCompetitors.userErrors.field", List.class))
                .containsExactly(List.of("competitors", "0", "participants"));
        String unit = Fixtures.register(e, List.of(Map.of("name", "项目经理", "team", "一标段", "participants", 30))).get(0);
        String assessor = Fixtures.judges(e, List.of(Map.of("name", "考核组", "role", "JUDGE"))).get(0);
        Fixtures.declare(c);
        Fixtures.status(c, "RUNNING");

        Map<String, Object> half = Fixtures.mark(unit, "P1", "S-VETO", 1, assessor, 0.5);
        Map<String, Object> longNote = new HashMap<>(Fixtures.mark(unit, "P1", "S-DED", 1, assessor, 2));
        longNote.put("note", "检".repeat(501));
        JsonPath refused = Fixtures.submit(ORGANIZER, e, null, List.of(half, longNote));
        assertThat(refused.getInt("data.submitMarks.accepted")).isZero();
        assertThat(refused.getList("data.submitMarks.userErrors.field", List.class))
                .containsExactly(List.of("marks", "0", "value"), List.of("marks", "1", "note"));
        assertThat(refused.getList("data.submitMarks.userErrors.code", String.class)).containsExactly("INVALID", "LIMIT_EXCEEDED");

        // a correction of the note alone is a correction of the mark: the new note is kept
        Map<String, Object> noted = new HashMap<>(Fixtures.mark(unit, "P1", "S-DED", 1, assessor, 2));
        noted.put("note", "3月12日安全检查：未系安全带，扣2分");
        assertThat(Fixtures.submit(ORGANIZER, e, null, List.of(noted)).getInt("data.submitMarks.accepted")).isEqualTo(1);
        noted.put("note", "3月12日安全检查：两人未系安全带，扣2分");
        assertThat(Fixtures.submit(ORGANIZER, e, null, List.of(noted)).getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertThat(ORGANIZER.run("query($id: ID!) { event(id: $id) { marks { aspect value note } } }", "id", e)
                .getList("data.event.marks", Map.class)).containsExactly(Map.of("aspect", "S-DED", "value", 2.0f, "note",
                "3月12日安全检查：两人未系安全带，扣2分"));
        assertThat(ORGANIZER.run("query($id: ID!) { registration: node(id: $id) { ... on Registration { participants } } }", "id", unit)
                .getInt("data.registration.participants")).isEqualTo(30);
    }

    @Test
    void onlyALaborCompetitionIsDeclaredARootCannotRecommendAndTheKindIsFixedOnceDeclared() {
        String skill = Fixtures.competition("2026年车工技能比武", "SKILL", "ENTERPRISE");
        assertThat(ORGANIZER.run("mutation($id: ID!) { declareCompetition(id: $id) { userErrors { code field } } }", "id", skill)
                .getList("data.declareCompetition.userErrors.code")).containsExactly("INVALID");

        // 济南市总工会's competition waits at 山东省总工会, a root: approved or returned there, never recommended further
        GraphQL city = GraphQL.as("jinan-organizer");
        String labor = city.run("""
                mutation { createCompetition(input: {name: "2026年济南市重点工程劳动竞赛", kind: LABOR, level: MUNICIPAL_CLASS_II}) {
                  competition { id } userErrors { message } } }""").getString("data.createCompetition.competition.id");
        assertThat(city.run("mutation($id: ID!) { declareCompetition(id: $id) { competition { approval { pendingAt { name } } } } }", "id", labor)
                .getString("data.declareCompetition.competition.approval.pendingAt.name")).isEqualTo("山东省总工会");
        Map<String, Object> facts = Map.of("id", labor, "name", "2026年济南市重点工程劳动竞赛", "kind", "SKILL", "level", "MUNICIPAL_CLASS_II");
        assertThat(city.run("mutation($in: UpdateCompetitionInput!) { updateCompetition(input: $in) { userErrors { code field } } }",
                "in", facts).getList("data.updateCompetition.userErrors.field", List.class)).containsExactly(List.of("kind"));
        Map<String, Object> provincial = Map.of("id", labor, "name", "2026年济南市重点工程劳动竞赛", "kind", "LABOR", "level", "PROVINCIAL_CLASS_I");
        assertThat(city.run("mutation($in: UpdateCompetitionInput!) { updateCompetition(input: $in) { userErrors { code field } } }",
                "in", provincial).getList("data.updateCompetition.userErrors.field", List.class)).as("the level declared")
                .containsExactly(List.of("level"));
        JsonPath recommend = ORGANIZER.run("""
                mutation($id: ID!) { reviewCompetition(input: {competitionId: $id, decision: RECOMMEND}) { userErrors { code field message } } }""",
                "id", labor);
        assertThat(recommend.getList("data.reviewCompetition.userErrors.field", List.class)).containsExactly(List.of("decision"));
        assertThat(recommend.getString("data.reviewCompetition.userErrors[0].message")).contains("山东省总工会没有上级单位可推荐");
    }
}
