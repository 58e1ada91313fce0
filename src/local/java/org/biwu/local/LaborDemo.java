package org.biwu.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biwu.replay.HttpGraphQL;
import org.biwu.replay.Replay;

/**
 * The demo labor competition of command 1, set up through the API as the people concerned would: 莱芜区's
 * organizer (laiwu-organizer) declares a 六比一创 competition of four project departments with three
 * two-month periods; 济南's organizer recommends it to the province, whose organizer approves it; the
 * assessment group's sheets of the first two periods are typed in by the scorekeeper, with notes, a
 * deduction taking one unit's safety to 0 and a serious accident vetoing another in the second period.
 * The competition stays RUNNING: the third period is still to be assessed.
 */
final class LaborDemo {

    static final String NAME = "2026年莱芜区重点工程“六比一创”劳动竞赛";
    static final String DISTRICT = "laiwu-organizer";
    static final List<String> PERIODS = List.of("P1", "P2", "P3");
    static final String[][] DATES = {{"2026-03-01", "2026-04-30"}, {"2026-05-01", "2026-06-30"}, {"2026-07-01", "2026-08-31"}};
    static final List<String> UNITS = List.of("汶河大桥项目部", "钢城快速路一标段", "钢城快速路二标段", "莱芜精工新厂房项目部");
    static final List<Integer> PARTICIPANTS = List.of(136, 92, 88, 54);
    static final List<String> COLUMNS = List.of("Q-DED", "S-DED", "S-CIV", "S-VETO", "P", "I-TECH", "I-QC");

    /** 质量扣分 安全扣分 文明施工扣分 重大事故 进度 技术革新 QC成果, per unit, for the periods assessed so far. */
    static final Map<String, double[][]> SHEETS = Map.of(
            "P1", new double[][] {{1, 2, 0, 0, 28, 5, 4}, {0, 1, 2, 0, 27, 6, 6}, {3, 0, 0, 0, 29, 3, 2}, {2, 4, 3, 0, 25, 2, 0}},
            "P2", new double[][] {{0, 1, 0, 0, 29, 4, 3}, {1, 3, 0, 1, 30, 7, 5}, {0, 0, 1, 0, 28, 5, 6}, {4, 22, 12, 0, 24, 0, 1}});

    private LaborDemo() {
    }

    /** Loads the competition unless one of its name is there; true when loaded now. */
    static boolean loadUnlessPresent(URI api, URI keycloak) {
        HttpGraphQL client = new HttpGraphQL(api, keycloak);
        if (Replay.competitionsNamed(client, NAME) > 0) {
            return false;
        }
        String competition = accepted(client.run(DISTRICT, """
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } userErrors { message } } }""",
                Map.of("in", Map.of("name", NAME, "kind", "LABOR", "level", "DISTRICT", "organizerName", "莱芜区总工会",
                        "startsOn", "2026-03-01", "endsOn", "2026-12-31"))), "createCompetition").path("competition").path("id").asText();
        String event = accepted(client.run(DISTRICT, """
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { message } } }""",
                Map.of("in", plan(competition))), "createEvent").path("event").path("id").asText();
        List<Map<String, Object>> units = new ArrayList<>();
        for (int u = 0; u < UNITS.size(); u++) {
            units.add(Map.of("name", "项目经理" + (u + 1), "team", UNITS.get(u), "participants", PARTICIPANTS.get(u)));
        }
        List<String> registrations = new ArrayList<>();
        accepted(client.run(DISTRICT, """
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) { registrations { id } userErrors { message } } }""",
                Map.of("in", Map.of("eventId", event, "competitors", units))), "registerCompetitors")
                .path("registrations").forEach(r -> registrations.add(r.path("id").asText()));
        String assessors = accepted(client.run(DISTRICT, """
                mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id } userErrors { message } } }""",
                Map.of("in", Map.of("eventId", event, "judges", List.of(
                        Map.of("name", "竞赛考核组", "affiliation", "莱芜区总工会", "role", "JUDGE"),
                        Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper"))))), "assignJudges")
                .path("judges").get(0).path("id").asText();
        accepted(client.run(DISTRICT, "mutation($id: ID!) { declareCompetition(id: $id) { userErrors { message } } }",
                Map.of("id", competition)), "declareCompetition");
        String review = "mutation($in: ReviewCompetitionInput!) { reviewCompetition(input: $in) { userErrors { message } } }";
        accepted(client.run("jinan-organizer", review, Map.of("in", Map.of("competitionId", competition, "decision", "RECOMMEND",
                "note", "重点工程，推荐为省级重点劳动竞赛项目"))), "reviewCompetition");
        accepted(client.run("organizer", review, Map.of("in", Map.of("competitionId", competition, "decision", "APPROVE"))),
                "reviewCompetition");
        accepted(client.run(DISTRICT, "mutation($id: ID!) { setCompetitionStatus(id: $id, status: RUNNING) { userErrors { message } } }",
                Map.of("id", competition)), "setCompetitionStatus");
        for (String period : List.of("P1", "P2")) {
            List<Map<String, Object>> marks = new ArrayList<>();
            double[][] sheet = SHEETS.get(period);
            for (int u = 0; u < UNITS.size(); u++) {
                for (int a = 0; a < COLUMNS.size(); a++) {
                    Map<String, Object> mark = new HashMap<>(Map.of("registrationId", registrations.get(u), "round", period,
                            "aspect", COLUMNS.get(a), "judgeId", assessors, "value", sheet[u][a]));
                    if (a == 1 && sheet[u][a] > 0) {
                        mark.put("note", period + " 安全专项检查：发现隐患 " + (int) sheet[u][a] + " 处，扣" + (int) sheet[u][a] + "分");
                    } else if (a == 3 && sheet[u][a] > 0) {
                        mark.put("note", period + " 发生一般及以上生产安全事故，一票否决");
                    }
                    marks.add(mark);
                }
            }
            accepted(client.run("scorekeeper", """
                    mutation($in: SubmitMarksInput!) { submitMarks(input: $in) { accepted userErrors { message } } }""",
                    Map.of("in", Map.of("eventId", event, "idempotencyKey", "demo-" + event + "-" + period, "marks", marks))), "submitMarks");
        }
        return true;
    }

    /** Three periods, each ranked with the earlier ones (cumulative); 比质量, 比安全 (with the veto item), 比进度, 比创新 capped at 10. */
    static Map<String, Object> plan(String competition) {
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int p = 0; p < PERIODS.size(); p++) {
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("code", PERIODS.get(p));
            round.put("name", "第" + "一二三".charAt(p) + "考核期");
            round.put("rankingIncludes", PERIODS.subList(0, p));
            round.put("startsOn", DATES[p][0]);
            round.put("endsOn", DATES[p][1]);
            round.put("modules", List.of(
                    module("quality", "比质量", 30, null, aspect("Q-DED", "质量问题扣分", 30, "DEDUCT")),
                    module("safety", "比安全", 30, null, aspect("S-DED", "安全隐患扣分", 30, "DEDUCT"),
                            aspect("S-CIV", "文明施工扣分", 20, "DEDUCT"), aspect("S-VETO", "重大安全事故", 1, "VETO")),
                    module("progress", "比进度", 0, null, aspect("P", "进度完成", 30, "ADD")),
                    module("innovation", "比创新（加分项）", 0, 10.0, aspect("I-TECH", "技术革新", 10, "ADD"),
                            aspect("I-QC", "QC成果", 10, "ADD"))));
            rounds.add(round);
        }
        return Map.of("competitionId", competition, "name", "六比一创综合考评", "format", "INDIVIDUAL", "rounds", rounds,
                "awards", List.of(Map.of("name", "先进集体", "rankFrom", 1, "rankTo", 1),
                        Map.of("name", "优胜单位", "rankFrom", 2, "rankTo", 3)));
    }

    @SafeVarargs
    private static Map<String, Object> module(String code, String name, double base, Double cap, Map<String, Object>... aspects) {
        Map<String, Object> m = new HashMap<>(Map.of("code", code, "name", name, "weight", 1.0, "baseScore", base, "aspects", List.of(aspects)));
        if (cap != null) {
            m.put("maxScore", cap);
        }
        return m;
    }

    private static Map<String, Object> aspect(String code, String name, double maxMark, String effect) {
        return Map.of("code", code, "name", name, "kind", "MEASUREMENT", "maxMark", maxMark, "judges", 1, "aggregation", "SINGLE",
                "effect", effect);
    }

    private static JsonNode accepted(JsonNode data, String operation) {
        JsonNode payload = data.path(operation);
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException(operation + " refused: " + payload.path("userErrors"));
        }
        return payload;
    }
}
