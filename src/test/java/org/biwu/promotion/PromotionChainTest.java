package org.biwu.promotion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The whole chain through the API: a competition's results → HR evaluates a policy → approves →
 * the worker's level and history change; a second competition in the same year cannot raise the
 * level again under a once-per-year policy; the outcomes download as .xlsx.
 */
@QuarkusTest
class PromotionChainTest {

    static final GraphQL HR = GraphQL.as("hr");
    static final GraphQL WORKER = GraphQL.as("competitor");
    static final String TEMPLATE_2017 = "中国技能大赛 国家级一类竞赛 (2017)";

    /**
     * A national class-I final of {@code field} employees marked 100, 99, 98 …; the demo worker
     * 赵磊 (login competitor, a 高级工) places {@code workerPlace}. Scoring is closed at the end.
     */
    static String finalWithWorkerAt(String name, int year, int field, int workerPlace) {
        String c = Fixtures.ORGANIZER.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } } }""",
                "in", Map.of("name", name, "kind", "SKILL", "level", "NATIONAL_CLASS_I", "startsOn", year + "-09-01",
                        "endsOn", year + "-09-05")).getString("data.createCompetition.competition.id");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<Map<String, Object>> roster = new ArrayList<>();
        for (int place = 1; place <= field; place++) {
            roster.add(place == workerPlace
                    ? Map.of("name", "赵磊", "username", "competitor", "category", "EMPLOYEE", "skillLevel", "SENIOR", "affiliation", "国网")
                    : Map.of("name", "选手" + year + "-" + place, "category", "EMPLOYEE", "skillLevel", "INTERMEDIATE", "affiliation", "单位" + place));
        }
        List<String> regs = Fixtures.register(e, roster);
        List<String> panel = Fixtures.judges(e, List.of(Map.of("name", "记分员", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "裁判甲", "role", "JUDGE")));
        Fixtures.status(c, "RUNNING");
        List<Map<String, Object>> marks = new ArrayList<>();
        for (int place = 1; place <= field; place++) {
            marks.add(mark(regs.get(place - 1), "final", "A1", 1, panel.get(1), 10 - place * 0.1));
        }
        assertThat(Fixtures.submit(GraphQL.as("scorekeeper"), e, null, marks).getInt("data.submitMarks.accepted")).isEqualTo(field);
        Fixtures.status(c, "SCORING_CLOSED");
        return c;
    }

    static String policyNamed(String name) {
        return HR.run("{ promotionPolicies { id name template } }").<Map<String, Object>>getList("data.promotionPolicies").stream()
                .filter(p -> p.get("name").equals(name)).map(p -> (String) p.get("id")).findFirst().orElseThrow();
    }

    static JsonPath evaluate(String competition, String policy) {
        return HR.run("""
                mutation($c: ID!, $p: ID!) { evaluatePromotions(competitionId: $c, policyId: $p) {
                  outcomes { id kind fromLevel toLevel title status reason person { name } registration { bib } }
                  userErrors { field message code } } }""", "c", competition, "p", policy);
    }

    static Map<String, Object> outcomeOf(JsonPath evaluation, String person, String kind) {
        return evaluation.<Map<String, Object>>getList("data.evaluatePromotions.outcomes").stream()
                .filter(o -> ((Map<?, ?>) o.get("person")).get("name").equals(person) && o.get("kind").equals(kind))
                .findFirst().orElse(null);
    }

    static JsonPath decide(GraphQL as, String outcome, boolean approve, String note) {
        return as.run("""
                mutation($id: ID!, $a: Boolean!, $n: String) { decidePromotionOutcome(id: $id, approve: $a, note: $n) {
                  outcome { id status note decidedAt } userErrors { field message code } } }""", "id", outcome, "a", approve, "n", note);
    }

    @Test
    void resultsToApprovalToTheWorkersRecordAndOnlyOneLevelAYear() {
        String first = finalWithWorkerAt("2026年全国行业职业技能竞赛 电工", 2026, 12, 3);
        JsonPath proposals = evaluate(first, policyNamed(TEMPLATE_2017));
        assertThat(proposals.getList("data.evaluatePromotions.userErrors")).isEmpty();
        Map<String, Object> level = outcomeOf(proposals, "赵磊", "SKILL_LEVEL");
        assertThat(level).containsEntry("fromLevel", "SENIOR").containsEntry("toLevel", "TECHNICIAN").containsEntry("status", "PROPOSED");
        assertThat((String) level.get("reason")).isEqualTo("《" + TEMPLATE_2017 + "》(人社部 notice on 2017 national class-I contests): "
                + "2026年全国行业职业技能竞赛 电工 电工, 赵磊 (employee), rank 3 of 12 — rule 2 (ranks 1–5, employee only) "
                + "→ technician (from senior worker)");
        // the same reason for a Chinese reader, in Chinese (the template's source too)
        assertThat(HR.reading("zh-CN").run("query($id: ID!) { competition(id: $id) { promotionOutcomes { id reason } } }", "id", first)
                .getList("data.competition.promotionOutcomes", Map.class))
                .filteredOn(o -> o.get("id").equals(level.get("id"))).singleElement()
                .satisfies(o -> assertThat(o.get("reason")).isEqualTo("《" + TEMPLATE_2017 + "》（人社部关于2017年国家级一类竞赛的通知）："
                        + "2026年全国行业职业技能竞赛 电工 电工，赵磊（职工），第 3 名（共 12 名）——第 2 条规则（第 1–5 名、限职工）→ 技师（原为高级工）"));
        assertThat(outcomeOf(proposals, "赵磊", "TITLE")).containsEntry("title", "全国技术能手");

        assertThat(decide(GraphQL.as("judge"), (String) level.get("id"), true, null)
                .getList("data.decidePromotionOutcome.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(decide(HR, (String) level.get("id"), true, "符合条件").getString("data.decidePromotionOutcome.outcome.status"))
                .isEqualTo("APPROVED");

        JsonPath me = WORKER.run("{ me { person { name skillLevel promotions { kind toLevel status note } } } }");
        assertThat(me.getString("data.me.person.skillLevel")).isEqualTo("TECHNICIAN");
        assertThat(me.<Map<String, Object>>getList("data.me.person.promotions")).anySatisfy(p ->
                assertThat(p).containsEntry("kind", "SKILL_LEVEL").containsEntry("toLevel", "TECHNICIAN")
                        .containsEntry("status", "APPROVED").containsEntry("note", "符合条件"));

        // the same year, a policy of one level a year: the worker places 1st again and gains no level
        String oncePerYear = HR.run("""
                mutation($in: PromotionPolicyInput!) { createPromotionPolicy(input: $in) { policy { id oncePerYear } userErrors { message } } }""",
                "in", Map.of("name", "本企业一年一级", "source", "企业技能人才自主评价办法", "appliesTo", List.of(), "oncePerYear", true,
                        "rules", List.of(Map.of("rankFrom", 1, "rankTo", 3, "outcome", "SKILL_LEVEL", "levelSteps", 1))))
                .getString("data.createPromotionPolicy.policy.id");
        String second = finalWithWorkerAt("2026年全国行业职业技能竞赛 电工 第二站", 2026, 6, 1);
        JsonPath again = evaluate(second, oncePerYear);
        assertThat(outcomeOf(again, "赵磊", "SKILL_LEVEL")).isNull();
        assertThat(outcomeOf(again, "选手2026-2", "SKILL_LEVEL")).containsEntry("fromLevel", "INTERMEDIATE").containsEntry("toLevel", "SENIOR");
        assertThat(WORKER.run("{ me { person { skillLevel } } }").getString("data.me.person.skillLevel")).isEqualTo("TECHNICIAN");
    }

    @Test
    void reEvaluationReplacesOpenProposalsAndLeavesDecidedOnesAlone() {
        String c = finalWithWorkerAt("2025年全国技能竞赛 钳工", 2025, 8, 7);
        String policy = policyNamed(TEMPLATE_2017);
        JsonPath first = evaluate(c, policy);
        Map<String, Object> rejected = outcomeOf(first, "选手2025-1", "TITLE");
        decide(HR, (String) rejected.get("id"), false, "资格审查未通过");
        JsonPath second = evaluate(c, policy);
        assertThat(outcomeOf(second, "选手2025-1", "TITLE")).isNull();
        List<Map<String, Object>> all = HR.run("query($id: ID!) { competition(id: $id) { promotionOutcomes { id status note title person { name } } } }",
                "id", c).getList("data.competition.promotionOutcomes");
        assertThat(all).filteredOn(o -> o.get("status").equals("REJECTED")).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("note", "资格审查未通过").containsEntry("title", "全国技术能手"));
        assertThat(all.stream().filter(o -> o.get("status").equals("PROPOSED")).count())
                .isEqualTo(second.getList("data.evaluatePromotions.outcomes").size());
        assertThat(decide(HR, (String) rejected.get("id"), true, null).getList("data.decidePromotionOutcome.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void aPersonsPromotionsAreTheirsHrsAndTheOrganizersNotAViewers() {
        String c = finalWithWorkerAt("2023年全国技能竞赛 车工", 2023, 4, 1);
        JsonPath proposals = evaluate(c, policyNamed(TEMPLATE_2017));
        decide(HR, (String) outcomeOf(proposals, "赵磊", "TITLE").get("id"), true, null);
        decide(HR, (String) outcomeOf(proposals, "选手2023-2", "TITLE").get("id"), true, null);
        String query = "query($id: ID!) { competition(id: $id) { promotionOutcomes { status person { name } } } }";
        // HR sees every outcome; the worker only their own; a viewer nobody's, approved or not
        assertThat(HR.run(query, "id", c).getList("data.competition.promotionOutcomes.person.name", String.class))
                .contains("赵磊", "选手2023-2", "选手2023-3");
        assertThat(WORKER.run(query, "id", c).getList("data.competition.promotionOutcomes.person.name", String.class))
                .isNotEmpty().containsOnly("赵磊");
        assertThat(GraphQL.as("viewer").run(query, "id", c).getList("data.competition.promotionOutcomes")).isEmpty();
        // nor through the persons on the roster
        String roster = """
                query($id: ID!) { competition(id: $id) { events { registrations { edges { node {
                  competitor { name promotions { id } } } } } } } }""";
        List<List<Object>> approvedOfOthers = GraphQL.as("viewer").run(roster, "id", c)
                .getList("data.competition.events[0].registrations.edges.node.competitor.promotions");
        assertThat(approvedOfOthers).hasSize(4).allSatisfy(promotions -> assertThat(promotions).isEmpty());
        List<List<Object>> forHr = HR.run(roster, "id", c).getList("data.competition.events[0].registrations.edges.node.competitor.promotions");
        assertThat(forHr).anySatisfy(promotions -> assertThat(promotions).isNotEmpty());
    }

    @Test
    void evaluationWaitsForTheFinalStandings() {
        String c = Fixtures.competition("尚未结束的比赛", "SKILL", "NATIONAL_CLASS_I");
        Fixtures.status(c, "RUNNING");
        JsonPath r = evaluate(c, policyNamed(TEMPLATE_2017));
        assertThat(r.getList("data.evaluatePromotions.userErrors.code")).containsExactly("WRONG_STATE");
    }

    @Test
    void hrDownloadsTheOutcomesAsAWorkbookToFileAsItIs() throws Exception {
        String c = finalWithWorkerAt("2024年全国技能竞赛 焊工", 2024, 6, 2);
        JsonPath proposals = evaluate(c, policyNamed(TEMPLATE_2017));
        String title = (String) outcomeOf(proposals, "赵磊", "TITLE").get("id");
        String decidedAt = decide(HR, title, true, "公示无异议").getString("data.decidePromotionOutcome.outcome.decidedAt");
        byte[] xlsx = export(c, "zh-CN,zh;q=0.9,en;q=0.5");
        List<List<String>> rows = rows(xlsx);
        assertThat(rows.get(0)).containsExactly("姓名", "身份证号", "单位", "赛项", "参赛号", "名次", "类型", "原等级",
                "晋升等级或称号", "理由", "状态", "审核意见", "审核人", "审核时间（北京时间）");
        // the title HR approved: kinds, statuses and dates as a reader writes them, the unit as registered
        String chinaTime = Spreadsheets.CHINA_TIME.format(java.time.OffsetDateTime.parse(decidedAt));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("赵磊", "", "国网", "电工", "2", "2", "荣誉称号", "",
                "全国技术能手", r.get(9), "批准", "公示无异议", "hr", chinaTime));
        // the proposed level: the previous level named, nothing left as an API code
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("赵磊").contains("技能等级", "待审核")
                .satisfies(cells -> assertThat(cells.get(7)).isIn("高级工", "技师", "高级技师")));
        assertThat(rows).allSatisfy(r -> assertThat(r).noneMatch(cell -> cell.matches("[A-Z]+(_[A-Z]+)*")));
        assertThat(rows).hasSize(1 + proposals.getList("data.evaluatePromotions.outcomes").size());
        // every column has its width and the header row stays in view
        String sheet = sheetXml(xlsx);
        assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(sheet.split("<col ", -1)).hasSize(1 + 14);

        assertThat(rows(export(c, null)).get(0)).startsWith("Person", "National id number", "Unit", "Event", "Bib", "Rank");
        given().auth().oauth2(Tokens.of("competitor")).header("Accept-Language", "zh-CN").when()
                .get("/exports/competitions/" + c + "/promotion-outcomes.xlsx")
                .then().statusCode(403).body(org.hamcrest.Matchers.containsString("需要以下角色之一：人力资源、组织者"));
    }

    private static byte[] export(String competition, String acceptLanguage) {
        var request = given().auth().oauth2(Tokens.of("hr"));
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/exports/competitions/" + competition + "/promotion-outcomes.xlsx")
                .then().statusCode(200).contentType(Spreadsheets.XLSX).extract().asByteArray();
    }

    private static List<List<String>> rows(byte[] xlsx) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int col = 0; col < 14; col++) {
                    cells.add(row.getCellRawValue(col).orElse(""));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The first worksheet's XML, as Excel reads it. */
    private static String sheetXml(byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("outcomes", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
