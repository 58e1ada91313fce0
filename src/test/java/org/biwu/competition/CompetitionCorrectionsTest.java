package org.biwu.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Corrections of competitions and events through the API: what was entered can be corrected until
 * it is locked or the competition is past the point where the correction makes sense, each refusal
 * names its field, nothing of a refused correction is stored, and every correction is kept in the
 * competition's history.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CompetitionCorrectionsTest {

    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");

    static final String UPDATE_COMPETITION = """
            mutation($in: UpdateCompetitionInput!) { updateCompetition(input: $in) {
              competition { id name kind level organizerName startsOn endsOn } userErrors { field code message } } }""";

    static final String UPDATE_EVENT = """
            mutation($in: UpdateEventInput!) { updateEvent(input: $in) {
              event { id name rounds { code name modules { code weight aspects { code maxMark } } } awards { name } }
              userErrors { field code message } } }""";

    static final String HISTORY = """
            query($id: ID!) { competition(id: $id) { history { subject subjectId subjectName action by reason
              changes { field from to } } } }""";

    static Map<String, Object> competitionInput(String id, String name, String level) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", id);
        in.put("name", name);
        in.put("level", level);
        in.put("organizerName", "市总工会");
        in.put("startsOn", "2026-05-10");
        in.put("endsOn", "2026-05-12");
        return in;
    }

    @Test
    void anOrganizerCorrectsTheNameDatesLevelAndOrganizerAndTheHistoryKeepsWhatItWas() {
        String c = Fixtures.competition("全市职工职业技能大赛（笔误）", "SKILL", "MUNICIPAL_CLASS_II");
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", competitionInput(c, "全市职工职业技能大赛", "MUNICIPAL_CLASS_I"));
        assertThat(r.getList("data.updateCompetition.userErrors")).isEmpty();
        assertThat(r.getMap("data.updateCompetition.competition")).containsEntry("name", "全市职工职业技能大赛")
                .containsEntry("level", "MUNICIPAL_CLASS_I").containsEntry("organizerName", "市总工会")
                .containsEntry("startsOn", "2026-05-10").containsEntry("endsOn", "2026-05-12").containsEntry("kind", "SKILL");
        List<Map<String, Object>> history = Fixtures.ORGANIZER.run(HISTORY, "id", c).getList("data.competition.history");
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("subject", "Competition").containsEntry("subjectId", c)
                    .containsEntry("action", "UPDATED").containsEntry("by", "organizer");
            assertThat((List<Object>) change.get("changes")).contains(
                    Map.of("field", "name", "from", "全市职工职业技能大赛（笔误）", "to", "全市职工职业技能大赛"),
                    Map.of("field", "level", "from", "MUNICIPAL_CLASS_II", "to", "MUNICIPAL_CLASS_I"));
        });
        // the history is the organizers': a viewer sees the competition, not its history
        Fixtures.status(c, "REGISTRATION");
        JsonPath viewer = GraphQL.as("viewer").run(HISTORY.replace("history {", "name history {"), "id", c);
        assertThat(viewer.getString("data.competition.name")).isEqualTo("全市职工职业技能大赛");
        assertThat(viewer.getList("data.competition.history")).isEmpty();
    }

    @Test
    void theKindChangesOnlyInTheDraftTheLevelUntilScoringClosesAndNothingOnceFinal() {
        String c = Fixtures.competition("2026年电工比武", "SKILL", "ENTERPRISE");
        Map<String, Object> labor = competitionInput(c, "2026年电工比武", "ENTERPRISE");
        labor.put("kind", "LABOR");
        assertThat(Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", labor).getString("data.updateCompetition.competition.kind"))
                .isEqualTo("LABOR");
        Fixtures.declare(c);
        Fixtures.status(c, "REGISTRATION");
        labor.put("kind", "SKILL");
        JsonPath kind = Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", labor);
        assertThat(kind.getList("data.updateCompetition.userErrors.field")).containsExactly(List.of("kind"));
        assertThat(kind.getList("data.updateCompetition.userErrors.code")).containsExactly("WRONG_STATE");

        Fixtures.status(c, "SCORING_CLOSED");
        JsonPath level = Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", competitionInput(c, "2026年电工技术比武", "DISTRICT"));
        assertThat(level.getList("data.updateCompetition.userErrors.field")).containsExactly(List.of("level"));
        // refused whole: the name was not changed either
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { competition(id: $id) { name level } }", "id", c)
                .getMap("data.competition")).containsEntry("name", "2026年电工比武").containsEntry("level", "ENTERPRISE");
        // the name is still corrected after scoring, until the results are final
        assertThat(Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", competitionInput(c, "2026年电工技术比武", "ENTERPRISE"))
                .getString("data.updateCompetition.competition.name")).isEqualTo("2026年电工技术比武");
        Fixtures.status(c, "FINAL");
        JsonPath locked = Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", competitionInput(c, "别的名称", "ENTERPRISE"));
        assertThat(locked.getList("data.updateCompetition.userErrors.code")).containsExactly("WRONG_STATE");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheField() {
        String c = Fixtures.competition("日期测试", "SKILL", "ENTERPRISE");
        Map<String, Object> in = competitionInput(c, "日期测试", "ENTERPRISE");
        in.put("endsOn", "2026-05-01");
        assertThat(Fixtures.ORGANIZER.run(UPDATE_COMPETITION, "in", in).getList("data.updateCompetition.userErrors.field"))
                .containsExactly(List.of("endsOn"));
        assertThat(GraphQL.as("judge").run(UPDATE_COMPETITION, "in", competitionInput(c, "裁判改的", "ENTERPRISE"))
                .getList("data.updateCompetition.userErrors.code")).containsExactly("FORBIDDEN");
    }

    // ------------------------------------------------------------ events

    /** An event input as updateEvent takes it: the event's id and its whole definition. */
    static Map<String, Object> eventInput(String id, String name, List<Map<String, Object>> rounds) {
        Map<String, Object> in = new HashMap<>();
        in.put("id", id);
        in.put("name", name);
        in.put("format", "INDIVIDUAL");
        in.put("rounds", rounds);
        return in;
    }

    static Map<String, Object> round(String code, String name, List<Map<String, Object>> modules) {
        return Map.of("code", code, "name", name, "modules", modules);
    }

    static Map<String, Object> module(String code, double weight, Map<String, Object>... aspects) {
        return Map.of("code", code, "name", code, "weight", weight, "aspects", List.of(aspects));
    }

    static Map<String, Object> aspect(String code, double max) {
        return Map.of("code", code, "name", code, "kind", "MEASUREMENT", "maxMark", max, "judges", 1, "aggregation", "SINGLE");
    }

    @Test
    void whileNothingIsMarkedRoundsModulesAndAspectsAreAddedRemovedAndChanged() {
        String c = Fixtures.competition("评分标准修改", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
        String reg = Fixtures.register(e, List.of(Map.of("name", "王强"))).get(0);
        // a theory module added, the practical aspect's maximum raised, and a final round added
        List<Map<String, Object>> rounds = List.of(
                round("final", "预赛", List.of(module("T", 0.3, aspect("T1", 100)), module("practical", 0.7, aspect("A1", 20)))),
                round("last", "决赛", List.of(module("P", 1.0, aspect("P1", 10)))));
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "钳工（四级）", rounds));
        assertThat(r.getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(r.getString("data.updateEvent.event.name")).isEqualTo("钳工（四级）");
        assertThat(r.getList("data.updateEvent.event.rounds.code")).containsExactly("final", "last");
        assertThat(r.getList("data.updateEvent.event.rounds[0].modules.code")).containsExactly("T", "practical");
        assertThat(r.getDouble("data.updateEvent.event.rounds[0].modules[1].aspects[0].maxMark")).isEqualTo(20.0);

        // the new scheme is the one marks are checked against and scored by, in both rounds
        String keeper = Fixtures.judges(e, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "裁判甲", "role", "JUDGE"))).get(1);
        Fixtures.status(c, "RUNNING");
        JsonPath marks = Fixtures.submit(SCOREKEEPER, e, null, List.of(mark(reg, "final", "T1", 1, keeper, 90),
                mark(reg, "final", "A1", 1, keeper, 15), mark(reg, "last", "P1", 1, keeper, 8)));
        assertThat(marks.getInt("data.submitMarks.accepted")).isEqualTo(3);
        JsonPath board = Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e, "round", "final");
        assertThat(board.getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(37.5); // 90×0.3 + 15×0.7
        assertThat(Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e, "round", "last")
                .getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(8.0);

        List<Map<String, Object>> history = Fixtures.ORGANIZER.run(HISTORY, "id", c).getList("data.competition.history");
        assertThat(history).filteredOn(h -> h.get("subject").equals("Event")).singleElement()
                .satisfies(h -> assertThat((List<Object>) h.get("changes")).contains(
                        Map.of("field", "name", "from", "钳工", "to", "钳工（四级）"),
                        Map.of("field", "rounds", "from", "final 决赛: practical 技能操作 ×1 (A1 焊缝外观 ≤10)",
                                "to", "final 预赛: T T ×0.3 (T1 T1 ≤100); practical practical ×0.7 (A1 A1 ≤20) | last 决赛: P P ×1 (P1 P1 ≤10)")));
    }

    @Test
    void aCorrectedWeightOrMaximumAloneIsStoredAndRecordedAndAnUnchangedEventIsLeftAlone() {
        String c = Fixtures.competition("评分标准 细节修改", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
        // the event as Fixtures.simpleEvent defines it
        Map<String, Object> a1 = Map.of("code", "A1", "name", "焊缝外观", "kind", "JUDGEMENT", "maxMark", 10.0, "judges", 1, "aggregation", "SINGLE");
        List<Map<String, Object>> same = List.of(round("final", "决赛", List.of(Map.of("code", "practical", "name", "技能操作", "weight", 1.0,
                "aspects", List.of(a1)))));
        assertThat(Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "钳工", same)).getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(Fixtures.ORGANIZER.run(HISTORY, "id", c).getList("data.competition.history", Map.class))
                .noneMatch(h -> h.get("subject").equals("Event"));

        Map<String, Object> raisedA1 = new HashMap<>(a1);
        raisedA1.put("maxMark", 12.5);
        List<Map<String, Object>> raised = List.of(round("final", "决赛", List.of(Map.of("code", "practical", "name", "技能操作", "weight", 1.0,
                "aspects", List.of(raisedA1)))));
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "钳工", raised));
        assertThat(r.getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(r.getDouble("data.updateEvent.event.rounds[0].modules[0].aspects[0].maxMark")).isEqualTo(12.5);
        assertThat(Fixtures.ORGANIZER.run(HISTORY, "id", c).getList("data.competition.history", Map.class))
                .filteredOn(h -> h.get("subject").equals("Event")).singleElement()
                .satisfies(h -> assertThat((List<Object>) h.get("changes")).containsExactly(
                        Map.of("field", "rounds", "from", "final 决赛: practical 技能操作 ×1 (A1 焊缝外观 ≤10)",
                                "to", "final 决赛: practical 技能操作 ×1 (A1 焊缝外观 ≤12.5)")));

        // a detail the outline leaves out is recorded with the rounds whole
        Map<String, Object> twoJudges = new HashMap<>(raisedA1);
        twoJudges.put("judges", 2);
        twoJudges.put("aggregation", "MEAN");
        assertThat(Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "钳工", List.of(round("final", "决赛", List.of(Map.of("code", "practical",
                "name", "技能操作", "weight", 1.0, "aspects", List.of(twoJudges))))))).getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(Fixtures.ORGANIZER.run(HISTORY, "id", c).getList("data.competition.history", Map.class))
                .filteredOn(h -> h.get("subject").equals("Event")).hasSize(2)
                .anySatisfy(h -> assertThat((List<Map<String, Object>>) h.get("changes")).singleElement()
                        .satisfies(f -> assertThat((String) f.get("to")).contains("\"judges\":2", "\"aggregation\":\"MEAN\"")));
    }

    @Test
    void onceMarksAreInTheSchemeIsFixedButTheNameAndTheAwardsAreNotAndTheStandingsFollow() {
        String c = Fixtures.competition("已评分的赛项", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<String> regs = Fixtures.register(e, List.of(Map.of("name", "甲"), Map.of("name", "乙")));
        String keeper = Fixtures.judges(e, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "裁判甲", "role", "JUDGE"))).get(1);
        Fixtures.status(c, "RUNNING");
        Fixtures.submit(SCOREKEEPER, e, null, List.of(mark(regs.get(0), "final", "A1", 1, keeper, 9), mark(regs.get(1), "final", "A1", 1, keeper, 7)));

        List<Map<String, Object>> rounds = List.of(round("final", "决赛", List.of(module("practical", 1.0, aspect("A1", 20)))));
        JsonPath fixed = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "电工", rounds));
        assertThat(fixed.getList("data.updateEvent.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(fixed.getString("data.updateEvent.userErrors[0].message"))
                .isEqualTo("rounds: round final is fixed once marked: 2 marks are stored in it; other rounds can still be added or changed");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { rounds { modules { aspects { maxMark } } } } }", "id", e)
                .getDouble("data.event.rounds[0].modules[0].aspects[0].maxMark")).isEqualTo(10.0);

        // the same scheme with a corrected name and an award: accepted, and the board shows the award at once
        List<Map<String, Object>> same = List.of(round("final", "决赛", List.of(Map.of("code", "practical", "name", "技能操作",
                "weight", 1.0, "aspects", List.of(Map.of("code", "A1", "name", "焊缝外观", "kind", "JUDGEMENT", "maxMark", 10.0,
                        "judges", 1, "aggregation", "SINGLE", "dropHighest", 0, "dropLowest", 0))))));
        Map<String, Object> in = eventInput(e, "维修电工", same);
        in.put("awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1)));
        in.put("conflictPolicy", "BLOCK");
        JsonPath renamed = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", in);
        assertThat(renamed.getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(renamed.getList("data.updateEvent.event.awards.name")).containsExactly("一等奖");
        JsonPath board = Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e, "round", null);
        assertThat(board.getString("data.event.leaderboard.entries[0].award")).isEqualTo("一等奖");
        assertThat(board.getString("data.event.leaderboard.entries[0].registration.competitor.name")).isEqualTo("甲");

        // awards are fixed once the results are published
        Fixtures.status(c, "PUBLISHED");
        in.put("awards", List.of());
        assertThat(Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", in).getList("data.updateEvent.userErrors.field"))
                .containsExactly(List.of("awards"));
    }

    @Test
    void aMarkedRoundStaysAsItIsWhileTheNextRoundIsAddedAsACopy() {
        // a skill competition: a labor competition's plan is fixed once approved (LaborCompetitionChainTest)
        String c = Fixtures.competition("2026年岗位练兵（季度考核）", "SKILL", "ENTERPRISE");
        List<Map<String, Object>> quarter = List.of(module("practical", 1.0, aspect("A1", 10)));
        String e = Fixtures.event(Map.of("competitionId", c, "name", "工程进度", "format", "INDIVIDUAL",
                "rounds", List.of(round("Q1", "第一季度", quarter))));
        String reg = Fixtures.register(e, List.of(Map.of("name", "一标段项目部"))).get(0);
        String keeper = Fixtures.judges(e, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "考核组", "role", "JUDGE"))).get(1);
        Fixtures.status(c, "RUNNING");
        Fixtures.submit(SCOREKEEPER, e, null, List.of(mark(reg, "Q1", "A1", 1, keeper, 8)));

        // the second quarter, a copy of the first, carrying it over: accepted although the first is marked
        List<Map<String, Object>> twoQuarters = List.of(round("Q1", "第一季度", quarter),
                Map.of("code", "Q2", "name", "第二季度", "rankingIncludes", List.of("Q1"), "modules", quarter));
        JsonPath added = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "工程进度", twoQuarters));
        assertThat(added.getList("data.updateEvent.userErrors")).isEmpty();
        assertThat(added.getList("data.updateEvent.event.rounds.code")).containsExactly("Q1", "Q2");
        Fixtures.submit(SCOREKEEPER, e, null, List.of(mark(reg, "Q2", "A1", 1, keeper, 9)));
        assertThat(Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", e, "round", "Q2")
                .getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(17.0);

        // the marked first quarter cannot change, nor the decimals every mark is scored with
        JsonPath changed = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "工程进度",
                List.of(round("Q1", "第一季度", List.of(module("practical", 1.0, aspect("A1", 20)))), twoQuarters.get(1))));
        assertThat(changed.getList("data.updateEvent.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(changed.getString("data.updateEvent.userErrors[0].message")).startsWith("rounds: round Q1 is fixed once marked: 1 mark is");
        Map<String, Object> decimals = eventInput(e, "工程进度", twoQuarters);
        decimals.put("scoreDecimals", 1);
        assertThat(Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", decimals).getList("data.updateEvent.userErrors.field"))
                .containsExactly(List.of("scoreDecimals"));
    }

    @Test
    void nobodyButAnOrganizerCorrectsAnEvent() {
        String c = Fixtures.competition("无权修改", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        JsonPath r = GraphQL.as("judge").run(UPDATE_EVENT, "in", eventInput(e, "裁判改名",
                List.of(round("final", "决赛", List.of(module("practical", 1.0, aspect("A1", 10)))))));
        assertThat(r.getList("data.updateEvent.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { name } }", "id", e).getString("data.event.name"))
                .isEqualTo("电工");
    }

    @Test
    void theFormatIsFixedOnceCompetitorsAreRegisteredAndABadSchemeIsRefusedFieldByField() {
        String c = Fixtures.competition("比赛形式", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        Fixtures.register(e, List.of(Map.of("name", "王强")));
        List<Map<String, Object>> rounds = new ArrayList<>(List.of(round("final", "决赛",
                List.of(module("practical", 1.0, aspect("A1", 10))))));
        Map<String, Object> team = eventInput(e, "电工", rounds);
        team.put("format", "TEAM");
        team.put("teamSize", 3);
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", team);
        assertThat(r.getList("data.updateEvent.userErrors.field")).containsExactly(List.of("format"));

        rounds.add(round("final", "重复", List.of(module("M", -1, aspect("X", 10)))));
        JsonPath bad = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "电工", rounds));
        assertThat(bad.getList("data.updateEvent.userErrors.field")).containsExactlyInAnyOrder(
                List.of("rounds", "1", "code"), List.of("rounds", "1", "modules", "0", "weight"));
    }

    @Test
    void aSchemeThatDropsAnAspectAJudgeIsGivenIsRefusedUntilTheJudgesAspectsChange() {
        String c = Fixtures.competition("评分项与裁判", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        Fixtures.judges(e, List.of(Map.of("name", "裁判甲", "role", "JUDGE", "aspects", List.of("A1"))));
        JsonPath r = Fixtures.ORGANIZER.run(UPDATE_EVENT, "in", eventInput(e, "电工",
                List.of(round("final", "决赛", List.of(module("practical", 1.0, aspect("B1", 10)))))));
        assertThat(r.getList("data.updateEvent.userErrors.code")).containsExactly("CONFLICT");
        assertThat(r.getString("data.updateEvent.userErrors[0].message")).contains("裁判甲").contains("A1");
    }
}
