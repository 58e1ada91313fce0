package org.biwu.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Corrections of judging panels through the API: logins checked with the real Keycloak, a judge's
 * place corrected, removed (only without marks) or taken over by another judge (the marks given
 * stay), and judges given the aspects they mark (WorldSkills' judge groups), which submitMarks holds
 * to for judges and for scorekeepers entering on their behalf.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PanelCorrectionsTest {

    static final GraphQL JUDGE = GraphQL.as("judge");
    static final GraphQL JUDGE2 = GraphQL.as("judge2");
    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");

    static final String ASSIGN = """
            mutation($in: AssignJudgesInput!) { assignJudges(input: $in) {
              judges { id name username aspects loginVerified } userErrors { field code message } } }""";

    static final String JUDGE_FIELDS = "judge { id name role username aspects active loginVerified replacedBy { id name } } "
            + "userErrors { field code message }";

    /** A DRAFT event of two aspects (A1 measured, B1 judged), one competitor and an empty panel. */
    static Map<String, String> event(String name) {
        String c = Fixtures.competition(name, "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Map.of("competitionId", c, "name", "焊工", "format", "INDIVIDUAL",
                "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(Map.of(
                        "code", "M", "name", "实操", "weight", 1.0, "aspects", List.of(
                                Map.of("code", "A1", "name", "尺寸", "kind", "MEASUREMENT", "maxMark", 10.0, "judges", 1, "aggregation", "SINGLE"),
                                Map.of("code", "B1", "name", "外观", "kind", "JUDGEMENT", "maxMark", 10.0, "judges", 1, "aggregation", "SINGLE"))))))));
        String reg = Fixtures.register(e, List.of(Map.of("name", "王强"))).get(0);
        return Map.of("competition", c, "event", e, "registration", reg);
    }

    static Map<String, Object> judge(String name, String role, String username) {
        Map<String, Object> j = new HashMap<>();
        j.put("name", name);
        j.put("role", role);
        if (username != null) {
            j.put("username", username);
        }
        return j;
    }

    @Test
    void aLoginTheIdentityServerDoesNotKnowIsRefusedWhenThePanelIsSaved() {
        Map<String, String> e = event("登录名核验");
        JsonPath r = Fixtures.ORGANIZER.run(ASSIGN, "in", Map.of("eventId", e.get("event"), "judges",
                List.of(judge("张伟", "JUDGE", "judge"), judge("李四", "JUDGE", "judeg"))));
        assertThat(r.getList("data.assignJudges.userErrors.field")).containsExactly(List.of("judges", "1", "username"));
        assertThat(r.getList("data.assignJudges.userErrors.code")).containsExactly("INVALID");
        assertThat(r.getString("data.assignJudges.userErrors[0].message")).contains("judeg");
        // nothing was stored: the panel is empty, and the known login goes through on its own, checked
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { judges { id } } }", "id", e.get("event"))
                .getList("data.event.judges")).isEmpty();
        // a login typed with spaces around it is the login
        JsonPath ok = Fixtures.ORGANIZER.run(ASSIGN, "in", Map.of("eventId", e.get("event"), "judges", List.of(judge("张伟", "JUDGE", " judge "))));
        assertThat(ok.getString("data.assignJudges.judges[0].username")).isEqualTo("judge");
        assertThat(ok.getBoolean("data.assignJudges.judges[0].loginVerified")).isTrue();
        JsonPath twice = Fixtures.ORGANIZER.run(ASSIGN, "in", Map.of("eventId", e.get("event"), "judges", List.of(judge("张伟", "JUDGE", "judge "))));
        assertThat(twice.getList("data.assignJudges.userErrors.code")).containsExactly("DUPLICATE");
    }

    @Test
    void aJudgesPlaceIsCorrectedAndAMistypedLoginIsRefused() {
        Map<String, String> e = event("裁判更正");
        String id = Fixtures.judges(e.get("event"), List.of(judge("张玮", "JUDGE", null))).get(0);
        String update = "mutation($in: UpdateJudgeInput!) { updateJudge(input: $in) { " + JUDGE_FIELDS + " } }";
        JsonPath r = Fixtures.ORGANIZER.run(update, "in", Map.of("id", id, "name", "张伟", "role", "CHIEF_JUDGE", "username", "judge",
                "affiliation", "市职业技能鉴定中心"));
        assertThat(r.getList("data.updateJudge.userErrors")).isEmpty();
        assertThat(r.getMap("data.updateJudge.judge")).containsEntry("name", "张伟").containsEntry("role", "CHIEF_JUDGE")
                .containsEntry("username", "judge").containsEntry("loginVerified", true);
        JsonPath typo = Fixtures.ORGANIZER.run(update, "in", Map.of("id", id, "name", "张伟", "role", "JUDGE", "username", "no-such-judge"));
        assertThat(typo.getList("data.updateJudge.userErrors.field")).containsExactly(List.of("username"));
        List<Map<String, Object>> history = Fixtures.ORGANIZER.run("""
                query($id: ID!) { competition(id: $id) { history { subject subjectName action changes { field from to } } } }""", "id",
                e.get("competition")).getList("data.competition.history");
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("subject", "JudgeAssignment").containsEntry("subjectName", "张伟").containsEntry("action", "UPDATED");
            assertThat((List<Object>) h.get("changes")).containsExactlyInAnyOrder(
                    Map.of("field", "name", "from", "张玮", "to", "张伟"), Map.of("field", "role", "from", "JUDGE", "to", "CHIEF_JUDGE"),
                    nullFrom("affiliation", "市职业技能鉴定中心"), nullFrom("username", "judge"));
        });
    }

    @Test
    void aJudgeWithoutMarksIsRemovedOneWithMarksIsReplacedAndTheMarksStay() {
        Map<String, String> e = event("裁判替换");
        List<String> panel = Fixtures.judges(e.get("event"), List.of(judge("张伟", "JUDGE", "judge"), judge("备用", "JUDGE", null),
                judge("记分员", "SCOREKEEPER", "scorekeeper")));
        String removeDoc = "mutation($id: ID!) { removeJudge(id: $id) { " + JUDGE_FIELDS + " } }";
        assertThat(Fixtures.ORGANIZER.run(removeDoc, "id", panel.get(1)).getString("data.removeJudge.judge.name")).isEqualTo("备用");
        Fixtures.status(e.get("competition"), "RUNNING");
        assertThat(submit(JUDGE, e.get("event"), null, List.of(mark(e.get("registration"), "final", "A1", 1, null, 8)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);

        // 张伟 has marked: he cannot be removed, only replaced
        JsonPath removed = Fixtures.ORGANIZER.run(removeDoc, "id", panel.get(0));
        assertThat(removed.getList("data.removeJudge.userErrors.code")).containsExactly("WRONG_STATE");
        JsonPath replaced = Fixtures.ORGANIZER.run("mutation($in: ReplaceJudgeInput!) { replaceJudge(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("id", panel.get(0), "judge", judge("吴刚", "JUDGE", "judge2")));
        assertThat(replaced.getList("data.replaceJudge.userErrors")).isEmpty();
        String successor = replaced.getString("data.replaceJudge.judge.id");
        assertThat(replaced.getMap("data.replaceJudge.judge")).containsEntry("name", "吴刚").containsEntry("active", true);

        List<Map<String, Object>> judges = Fixtures.ORGANIZER.run("""
                query($id: ID!) { event(id: $id) { judges { id name active marksGiven replacedBy { id } }
                  marks { value judge { name } } } }""", "id", e.get("event")).getList("data.event.judges");
        assertThat(judges).filteredOn(j -> j.get("id").equals(panel.get(0))).singleElement()
                .satisfies(j -> assertThat(j).containsEntry("active", false).containsEntry("marksGiven", 1)
                        .containsEntry("replacedBy", Map.of("id", successor)));
        // 张伟's mark stays and counts; he marks no more; 吴刚 marks what is left
        assertThat(Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e.get("event"), "round", null)
                .getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(8.0);
        assertThat(submit(JUDGE, e.get("event"), null, List.of(mark(e.get("registration"), "final", "B1", 1, null, 9)))
                .getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        JsonPath forHim = submit(SCOREKEEPER, e.get("event"), null, List.of(mark(e.get("registration"), "final", "B1", 1, panel.get(0), 9)));
        assertThat(forHim.getList("data.submitMarks.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(forHim.getString("data.submitMarks.userErrors[0].message")).contains("吴刚");
        assertThat(submit(JUDGE2, e.get("event"), null, List.of(mark(e.get("registration"), "final", "B1", 1, null, 9)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertThat(Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e.get("event"), "round", null)
                .getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(17.0);
        // a replaced judge is not replaced twice
        assertThat(Fixtures.ORGANIZER.run("mutation($in: ReplaceJudgeInput!) { replaceJudge(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("id", panel.get(0), "judge", judge("又一个", "JUDGE", null))).getList("data.replaceJudge.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void aJudgeGivenAspectsMarksOnlyThoseAndAScorekeeperEnteringForThemIsRefusedOnTheOthers() {
        Map<String, String> e = event("裁判分组");
        List<String> panel = Fixtures.judges(e.get("event"), List.of(judge("张伟", "JUDGE", "judge"), judge("记分员", "SCOREKEEPER", "scorekeeper"),
                judge("吴刚", "JUDGE", "judge2")));
        JsonPath set = Fixtures.ORGANIZER.run("mutation($in: SetJudgeAspectsInput!) { setJudgeAspects(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("judgeId", panel.get(0), "aspects", List.of("A1")));
        assertThat(set.getList("data.setJudgeAspects.judge.aspects")).containsExactly("A1");
        JsonPath unknown = Fixtures.ORGANIZER.run("mutation($in: SetJudgeAspectsInput!) { setJudgeAspects(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("judgeId", panel.get(0), "aspects", List.of("A1", "Z9")));
        assertThat(unknown.getList("data.setJudgeAspects.userErrors.field")).containsExactly(List.of("aspects", "1"));
        Fixtures.status(e.get("competition"), "RUNNING");

        JsonPath own = submit(JUDGE, e.get("event"), null, List.of(mark(e.get("registration"), "final", "A1", 1, null, 8),
                mark(e.get("registration"), "final", "B1", 1, null, 9)));
        assertThat(own.getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertThat(own.getList("data.submitMarks.userErrors.field")).containsExactly(List.of("marks", "1", "aspect"));
        assertThat(own.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        JsonPath forHim = submit(SCOREKEEPER, e.get("event"), null, List.of(mark(e.get("registration"), "final", "B1", 1, panel.get(0), 9)));
        assertThat(forHim.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        // a judge given no aspects marks every aspect, as before
        assertThat(submit(JUDGE2, e.get("event"), null, List.of(mark(e.get("registration"), "final", "B1", 1, null, 9)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);
        // a scorekeeper marks nothing, so is given no aspects
        assertThat(Fixtures.ORGANIZER.run("mutation($in: SetJudgeAspectsInput!) { setJudgeAspects(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("judgeId", panel.get(1), "aspects", List.of("A1"))).getList("data.setJudgeAspects.userErrors.code"))
                .containsExactly("INVALID");
    }

    /** A field's change from nothing. */
    static Map<String, Object> nullFrom(String field, String to) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        change.put("from", null);
        change.put("to", to);
        return change;
    }

    @Test
    void nobodyButAnOrganizerChangesAPanel() {
        Map<String, String> e = event("无权改裁判组");
        String id = Fixtures.judges(e.get("event"), List.of(judge("张伟", "JUDGE", null))).get(0);
        GraphQL judge = GraphQL.as("judge");
        assertThat(judge.run("mutation($in: UpdateJudgeInput!) { updateJudge(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("id", id, "name", "别人", "role", "JUDGE")).getList("data.updateJudge.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run("mutation($id: ID!) { removeJudge(id: $id) { " + JUDGE_FIELDS + " } }", "id", id)
                .getList("data.removeJudge.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run("mutation($in: ReplaceJudgeInput!) { replaceJudge(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("id", id, "judge", judge("别人", "JUDGE", null))).getList("data.replaceJudge.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run("mutation($in: SetJudgeAspectsInput!) { setJudgeAspects(input: $in) { " + JUDGE_FIELDS + " } }",
                "in", Map.of("judgeId", id, "aspects", List.of("A1"))).getList("data.setJudgeAspects.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(judge.run(ASSIGN, "in", Map.of("eventId", e.get("event"), "judges", List.of(judge("自己", "JUDGE", null))))
                .getList("data.assignJudges.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { judges { name aspects } } }", "id", e.get("event"))
                .getList("data.event.judges.name")).containsExactly("张伟");
    }

    @Test
    void thePanelIsFixedOnceScoringIsClosed() {
        Map<String, String> e = event("裁判组定稿");
        String id = Fixtures.judges(e.get("event"), List.of(judge("张伟", "JUDGE", null))).get(0);
        Fixtures.status(e.get("competition"), "SCORING_CLOSED");
        assertThat(Fixtures.ORGANIZER.run("mutation($id: ID!) { removeJudge(id: $id) { " + JUDGE_FIELDS + " } }", "id", id)
                .getList("data.removeJudge.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(Fixtures.ORGANIZER.run(ASSIGN, "in", Map.of("eventId", e.get("event"), "judges", List.of(judge("迟到", "JUDGE", null))))
                .getList("data.assignJudges.userErrors.code")).containsExactly("WRONG_STATE");
    }
}
