package org.biwu.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * One labor competition through the whole chain (劳动竞赛项目制管理): a district union (a new one under
 * 济南市总工会, its organizer the demo login laiwu-organizer) declares it; the city returns it with a note;
 * the district adds the veto item the city asked for and declares again; the city recommends it to the
 * province, which approves it (省级重点劳动竞赛项目). Four units (参赛单位) are then assessed over three
 * periods on 六比一创-style indicators: deductions (扣分项) from a base score, a bonus module capped at 10,
 * a safety module that deductions take down to 0 and no further, and a serious accident (一票否决) in the
 * second period. Every figure below was worked out by hand from the sheets. The year ends with the
 * commendation of individuals (先进个人): quotas, the units' nominations within them, the district's
 * decisions, the list of the commended.
 */
@QuarkusTest
class LaborCompetitionChainTest {

    static final GraphQL DISTRICT = GraphQL.as("laiwu-organizer");
    static final GraphQL CITY = GraphQL.as("jinan-organizer");
    static final GraphQL PROVINCE = GraphQL.as("organizer");
    static final GraphQL OTHER_CITY = GraphQL.as("qingdao-organizer");
    static final GraphQL ASSESSOR = GraphQL.as("scorekeeper");

    static final List<String> PERIODS = List.of("P1", "P2", "P3");
    static final List<String> UNITS = List.of("一标段项目部", "二标段项目部", "三标段项目部", "四标段项目部");
    static final List<Integer> PARTICIPANTS = List.of(120, 85, 60, 45);

    /** Aspect codes, in the column order of the sheets. */
    static final List<String> COLUMNS = List.of("Q-DED", "S-DED", "S-CIV", "S-VETO", "P", "I-TECH", "I-QC");

    /**
     * The assessment group's sheets, one line per unit in the order of {@link #UNITS}:
     * 质量扣分 安全扣分 文明施工扣分 重大事故(0/1) 进度得分 技术革新 QC成果.
     * Module scores: 比质量 = 30 − Q; 比安全 = 30 − S − CIV, not below 0; 比进度 = P; 比创新 = TECH + QC, at most 10.
     */
    static final Map<String, List<List<Double>>> SHEETS = Map.of(
            // 93 (28+30+28+7), 94 (30+27+27+10: 14 capped), 85 (25+29+29+2), 89 (29+28+26+6)
            "P1", List.of(List.of(2.0, 0.0, 0.0, 0.0, 28.0, 4.0, 3.0), List.of(0.0, 3.0, 0.0, 0.0, 27.0, 8.0, 6.0),
                    List.of(5.0, 1.0, 0.0, 0.0, 29.0, 2.0, 0.0), List.of(1.0, 2.0, 0.0, 0.0, 26.0, 5.0, 1.0)),
            // 92 (29+29+29+5), 96 (30+26+30+10) but a serious accident, 89 (27+30+28+4), 90 (28+29+27+6)
            "P2", List.of(List.of(1.0, 1.0, 0.0, 0.0, 29.0, 3.0, 2.0), List.of(0.0, 4.0, 0.0, 1.0, 30.0, 6.0, 6.0),
                    List.of(3.0, 0.0, 0.0, 0.0, 28.0, 2.0, 2.0), List.of(2.0, 1.0, 0.0, 0.0, 27.0, 3.0, 3.0)),
            // 89 (30+28+27+4), 100 (30+30+30+10), 99 (30+30+29+10: 11 capped), 46 (26+0+20+0: 30−25−10 floored at 0)
            "P3", List.of(List.of(0.0, 2.0, 0.0, 0.0, 27.0, 2.0, 2.0), List.of(0.0, 0.0, 0.0, 0.0, 30.0, 5.0, 5.0),
                    List.of(0.0, 0.0, 0.0, 0.0, 29.0, 6.0, 5.0), List.of(4.0, 25.0, 10.0, 0.0, 20.0, 0.0, 0.0)));

    static final String COMPETITION = """
            query($id: ID!) { competition(id: $id) { status approval { status pendingAt { name } approvedBy { name }
              reviews { organization { name } decision reviewer note } } history { changes { field from to } reason } } }""";

    static final String REVIEW = """
            mutation($in: ReviewCompetitionInput!) { reviewCompetition(input: $in) {
              competition { approval { status pendingAt { name } } } userErrors { code field message } } }""";

    static final String DECLARE = """
            mutation($id: ID!) { declareCompetition(id: $id) {
              competition { approval { status pendingAt { name } } } userErrors { code field message } } }""";

    static final String UPDATE_EVENT = """
            mutation($in: UpdateEventInput!) { updateEvent(input: $in) { event { id } userErrors { code field message } } }""";

    static final String STANDINGS = """
            query($id: ID!, $round: String) { event(id: $id) {
              rounds { code startsOn endsOn bannerHolders { team } }
              leaderboard(round: $round) { entries { rank total roundTotal complete award vetoed vetoReasons registration { team }
                modules { module score } } } } }""";

    @Test
    void declaredReturnedRecommendedApprovedThenThreePeriodsBannersVetoAwardsStatisticsAndCommendations() {
        // ── the district union and its organizer ──
        String district = ok(CITY.run("""
                mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } userErrors { message } } }""",
                "in", Map.of("name", "钢城区总工会-" + UUID.randomUUID(), "kind", "FEDERATION", "parentId", jinan())), "createOrganization")
                .getString("data.createOrganization.organization.id");
        String grant = ok(CITY.run("""
                mutation($in: GrantRoleInput!) { grantRole(input: $in) { grant { id } userErrors { message } } }""",
                "in", Map.of("username", "laiwu-organizer", "role", "ORGANIZER", "organizationId", district)), "grantRole")
                .getString("data.grantRole.grant.id");
        try {
            theChain(district);
        } finally {
            // the demo login organizes 莱芜区总工会 alone again (the browser test takes its default organization)
            ok(CITY.run("mutation($id: ID!) { revokeRole(id: $id) { userErrors { message } } }", "id", grant), "revokeRole");
        }
    }

    void theChain(String district) {

        // ── the district declares its competition with the plan ──
        String competition = ok(DISTRICT.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } userErrors { message } } }""",
                "in", Map.of("name", "2026年钢城区重点工程“六比一创”劳动竞赛", "kind", "LABOR", "level", "DISTRICT", "organizationId", district,
                        "startsOn", "2026-03-01", "endsOn", "2026-12-31")), "createCompetition")
                .getString("data.createCompetition.competition.id");
        Map<String, Object> plan = plan(competition, false);
        String event = Fixtures.event(plan, DISTRICT);
        assertThat(DISTRICT.run("mutation($id: ID!) { setCompetitionStatus(id: $id, status: REGISTRATION) { userErrors { code field } } }",
                "id", competition).getList("data.setCompetitionStatus.userErrors.code")).as("not approved yet").containsExactly("WRONG_STATE");
        assertThat(CITY.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "APPROVE"))
                .getList("data.reviewCompetition.userErrors.code")).as("nothing declared yet").containsExactly("WRONG_STATE");

        JsonPath declared = DISTRICT.run(DECLARE, "id", competition);
        assertThat(declared.getString("data.declareCompetition.competition.approval.status")).isEqualTo("DECLARED");
        assertThat(declared.getString("data.declareCompetition.competition.approval.pendingAt.name")).isEqualTo("济南市总工会");
        assertThat(inbox(CITY)).contains(competition);
        assertThat(inbox(OTHER_CITY)).doesNotContain(competition);
        assertThat(inbox(DISTRICT)).doesNotContain(competition);
        assertThat(DISTRICT.run(DECLARE, "id", competition).getList("data.declareCompetition.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(DISTRICT.run(UPDATE_EVENT, "in", update(event, plan(competition, true))).getList("data.updateEvent.userErrors.code"))
                .as("the plan under review is fixed").containsExactly("WRONG_STATE");

        // ── the city returns it: a note is required ──
        JsonPath noNote = CITY.reading("zh-CN").run(REVIEW, "in", Map.of("competitionId", competition, "decision", "RETURN"));
        assertThat(noNote.getList("data.reviewCompetition.userErrors.field", List.class)).containsExactly(List.of("note"));
        assertThat(noNote.getString("data.reviewCompetition.userErrors[0].message")).contains("退回时请填写意见");
        // another city's organizer may not see the draft: to them there is no such competition
        assertThat(OTHER_CITY.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "APPROVE"))
                .getList("data.reviewCompetition.userErrors.code")).containsExactly("NOT_FOUND");
        String note = "安全指标缺少一票否决项（重大安全事故），请补充后重新申报";
        assertThat(CITY.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "RETURN", "note", note))
                .getString("data.reviewCompetition.competition.approval.status")).isEqualTo("RETURNED");
        assertThat(inbox(CITY)).doesNotContain(competition);

        // ── the district changes the plan as asked and declares again; the city recommends it to the province ──
        assertThat(DISTRICT.run(UPDATE_EVENT, "in", update(event, plan(competition, true))).getList("data.updateEvent.userErrors"))
                .as("a returned plan may change").isEmpty();
        assertThat(DISTRICT.run(DECLARE, "id", competition).getString("data.declareCompetition.competition.approval.pendingAt.name"))
                .isEqualTo("济南市总工会");
        JsonPath recommended = CITY.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "RECOMMEND", "note", "推荐为省级重点劳动竞赛项目"));
        assertThat(recommended.getString("data.reviewCompetition.competition.approval.pendingAt.name")).isEqualTo("山东省总工会");
        assertThat(inbox(CITY)).doesNotContain(competition);
        assertThat(inbox(PROVINCE)).contains(competition);
        assertThat(CITY.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "APPROVE"))
                .getList("data.reviewCompetition.userErrors.code")).as("the city's turn is over").containsExactly("FORBIDDEN");
        assertThat(PROVINCE.run(REVIEW, "in", Map.of("competitionId", competition, "decision", "APPROVE"))
                .getString("data.reviewCompetition.competition.approval.status")).isEqualTo("APPROVED");

        JsonPath record = DISTRICT.run(COMPETITION, "id", competition);
        assertThat(record.getString("data.competition.approval.approvedBy.name")).isEqualTo("山东省总工会");
        assertThat(record.getString("data.competition.approval.pendingAt")).isNull();
        assertThat(record.getList("data.competition.approval.reviews.decision", String.class)).containsExactly("RETURN", "RECOMMEND", "APPROVE");
        assertThat(record.getList("data.competition.approval.reviews.organization.name", String.class))
                .containsExactly("济南市总工会", "济南市总工会", "山东省总工会");
        assertThat(record.getList("data.competition.approval.reviews.reviewer", String.class))
                .containsExactly("jinan-organizer", "jinan-organizer", "organizer");
        assertThat(record.getString("data.competition.approval.reviews[0].note")).isEqualTo(note);
        // the history, newest first: approved, recommended, declared again, returned (with the note as the reason), declared
        List<Map<String, Object>> history = record.getList("data.competition.history");
        assertThat(history.stream().filter(h -> note.equals(h.get("reason")))).hasSize(1);
        assertThat(record.getList("data.competition.history.changes.flatten().findAll { it.field == 'approvalStatus' }.to", String.class))
                .containsExactly("APPROVED", "DECLARED", "RETURNED", "DECLARED");
        // the recommendation moved where it waits, from the city to the province
        assertThat(record.getList("data.competition.history.changes.flatten().findAll { it.field == 'pendingAt' }").size()).isEqualTo(5);
        assertThat(DISTRICT.run(UPDATE_EVENT, "in", update(event, plan(competition, false))).getList("data.updateEvent.userErrors.code"))
                .as("an approved plan is fixed").containsExactly("WRONG_STATE");

        // ── four units, three periods ──
        // each unit is a project department (项目部) of the district; 一标段's manager is registered with a document number
        String managerId = "GC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        List<String> unitOrganizations = new ArrayList<>();
        List<Map<String, Object>> units = new ArrayList<>();
        for (int u = 0; u < UNITS.size(); u++) {
            unitOrganizations.add(ok(DISTRICT.run("""
                    mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } userErrors { message } } }""",
                    "in", Map.of("name", UNITS.get(u) + "-" + UUID.randomUUID(), "kind", "DEPARTMENT", "parentId", district)),
                    "createOrganization").getString("data.createOrganization.organization.id"));
            Map<String, Object> unit = new HashMap<>(Map.of("name", "项目经理" + (u + 1), "team", UNITS.get(u), "participants", PARTICIPANTS.get(u),
                    "organizationId", unitOrganizations.get(u)));
            if (u == 0) {
                unit.put("nationalId", managerId);
            }
            units.add(unit);
        }
        List<String> registrations = Fixtures.register(event, units, DISTRICT);
        String assessors = Fixtures.judges(event, List.of(Map.of("name", "竞赛考核组", "affiliation", "钢城区总工会", "role", "JUDGE"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper"))).get(0);
        status(competition, "RUNNING");
        for (String period : PERIODS) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (int u = 0; u < UNITS.size(); u++) {
                List<Double> line = SHEETS.get(period).get(u);
                for (int a = 0; a < COLUMNS.size(); a++) {
                    Map<String, Object> mark = new HashMap<>(Fixtures.mark(registrations.get(u), period, COLUMNS.get(a), 1, assessors, line.get(a)));
                    if (COLUMNS.get(a).equals("S-DED") && line.get(a) > 0) {
                        mark.put("note", period + " 安全检查：发现隐患，扣" + line.get(a).intValue() + "分");
                    }
                    marks.add(mark);
                }
            }
            JsonPath r = Fixtures.submit(ASSESSOR, event, "sheet-" + event + "-" + period, marks);
            assertThat(r.getList("data.submitMarks.userErrors")).as(period).isEmpty();
        }

        // P1: period totals 93 94 85 89; the capped bonus gives 二标段 10, not 14; it holds the banner
        Board p1 = board(event, "P1");
        assertThat(p1.roundTotals()).containsExactly(93.0, 94.0, 85.0, 89.0);
        assertThat(p1.totals()).containsExactly(93.0, 94.0, 85.0, 89.0);
        assertThat(p1.ranks()).containsExactly(2, 1, 4, 3);
        assertThat(p1.module(1, "innovation")).isEqualTo(10.0);
        assertThat(p1.banner()).containsExactly(UNITS.get(1));
        assertThat(p1.periods()).containsExactly("P1 2026-03-01..2026-04-30", "P2 2026-05-01..2026-06-30", "P3 2026-07-01..2026-08-31");

        // P2: 二标段's serious accident vetoes it: its totals are shown (96, cumulative 190) but it has no rank and no banner;
        // the banner goes to 一标段 (92); cumulative 185, 174, 179 rank 一 1, 四 2, 三 3
        Board p2 = board(event, "P2");
        assertThat(p2.roundTotals()).containsExactly(92.0, 96.0, 89.0, 90.0);
        assertThat(p2.totals()).containsExactly(185.0, 190.0, 174.0, 179.0);
        assertThat(p2.ranks()).containsExactly(1, null, 3, 2);
        assertThat(p2.vetoed()).containsExactly(false, true, false, false);
        assertThat(p2.vetoReasons(1)).containsExactly("P2/S-VETO");
        assertThat(p2.banner()).containsExactly(UNITS.get(0));

        // P3: the veto carries over (P3's ranking includes P2); 四标段's safety is floored at 0 (30 − 25 − 10);
        // 三标段 holds the banner (99: its bonus 11 capped at 10); cumulative 274, 290, 273, 225
        Board p3 = board(event, "P3");
        assertThat(p3.roundTotals()).containsExactly(89.0, 100.0, 99.0, 46.0);
        assertThat(p3.totals()).containsExactly(274.0, 290.0, 273.0, 225.0);
        assertThat(p3.ranks()).containsExactly(1, null, 2, 3);
        assertThat(p3.vetoReasons(1)).containsExactly("P2/S-VETO");
        assertThat(p3.module(3, "safety")).isEqualTo(0.0);
        assertThat(p3.module(2, "innovation")).isEqualTo(10.0);
        assertThat(p3.banner()).containsExactly(UNITS.get(2));
        // awards of the last period: 先进集体 the first, 优胜单位 the middle third (rank 2 of 3 ranked); the vetoed unit none
        assertThat(p3.awards()).containsExactly("先进集体", null, "优胜单位", null);

        // the assessor's note is kept with the mark
        List<String> notes = DISTRICT.run("query($id: ID!) { event(id: $id) { marks { round aspect note } } }", "id", event)
                .getList("data.event.marks.findAll { it.note != null }.note", String.class);
        assertThat(notes).contains("P3 安全检查：发现隐患，扣25分").hasSize(8);

        // ── published: the awards are kept; the district's statistics of 2026 ──
        status(competition, "SCORING_CLOSED");
        status(competition, "PUBLISHED");
        JsonPath stats = DISTRICT.run("""
                query($o: ID!) { organization(id: $o) { laborStatistics(year: 2026) { year competitions units workerParticipations commendedUnits } } }""",
                "o", district);
        assertThat(stats.getMap("data.organization.laborStatistics")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "year", 2026, "competitions", 1, "units", 4, "workerParticipations", 120 + 85 + 60 + 45, "commendedUnits", 2));
        JsonPath parts = DISTRICT.run("""
                query($o: ID!) { organization(id: $o) { laborStatistics(year: 2026) {
                  byMonth { month competitions units workerParticipations commendedUnits } byLevel { level competitions units } } } }""",
                "o", district);
        assertThat(parts.getList("data.organization.laborStatistics.byMonth", Map.class)).containsExactly(Map.of(
                "month", 3, "competitions", 1, "units", 4, "workerParticipations", 310, "commendedUnits", 2));
        assertThat(parts.getList("data.organization.laborStatistics.byLevel", Map.class))
                .containsExactly(Map.of("level", "DISTRICT", "competitions", 1, "units", 4));
        assertThat(DISTRICT.run("query($o: ID!) { organization(id: $o) { laborStatistics(year: 2025) { competitions units } } }", "o", district)
                .getMap("data.organization.laborStatistics")).containsEntry("competitions", 0).containsEntry("units", 0);

        commendations(competition, registrations, unitOrganizations.get(0), managerId);
    }

    // ------------------------------------------------------------ year-end commendation of individuals

    static final String QUOTA = """
            mutation($r: ID!, $q: Int!) { setCommendationQuota(input: {registrationId: $r, quota: $q}) {
              commendation { open } userErrors { code field message } } }""";

    static final String NOMINATE = """
            mutation($in: NominateForCommendationInput!) { nominateForCommendation(input: $in) {
              nomination { id status person { name } } userErrors { code field message } } }""";

    static final String WITHDRAW = """
            mutation($id: ID!) { withdrawCommendationNomination(id: $id) { nomination { status } userErrors { code field message } } }""";

    static final String DECIDE = """
            mutation($in: DecideCommendationInput!) { decideCommendation(input: $in) {
              nomination { status decidedBy note outcomeId } userErrors { code field message } } }""";

    static final String COMMENDATION = """
            query($id: ID!) { competition(id: $id) { commendation { open title
              units { registration { team } rank award vetoed quota nominated approved }
              nominations { person { name } registration { team } citation status } } } }""";

    static final String MANAGER_CITATION = "带领一标段项目部全年零事故，提前40天完成主体结构施工";

    /**
     * The district gives quotas (none to the vetoed unit); 一标段's HR (enterprise-hr, granted HR over
     * the project department for the test) nominates within its quota, withdraws one and nominates
     * again; the district approves the manager (先进个人 lands on his record) and rejects another with
     * a note; the list of the commended downloads as .xlsx.
     */
    void commendations(String competition, List<String> registrations, String firstUnit, String managerId) {
        GraphQL unitHr = GraphQL.as("enterprise-hr");
        String grant = ok(DISTRICT.run("""
                mutation($in: GrantRoleInput!) { grantRole(input: $in) { grant { id } userErrors { message } } }""",
                "in", Map.of("username", "enterprise-hr", "role", "HR", "organizationId", firstUnit)), "grantRole")
                .getString("data.grantRole.grant.id");
        try {
            // the vetoed 二标段 takes no part; 一标段 may nominate 2, 三标段 1
            JsonPath vetoed = DISTRICT.reading("zh-CN").run(QUOTA, "r", registrations.get(1), "q", 1);
            assertThat(vetoed.getList("data.setCommendationQuota.userErrors.code")).containsExactly("WRONG_STATE");
            assertThat(vetoed.getString("data.setCommendationQuota.userErrors[0].message")).contains("一票否决");
            ok(DISTRICT.run(QUOTA, "r", registrations.get(0), "q", 2), "setCommendationQuota");
            ok(DISTRICT.run(QUOTA, "r", registrations.get(2), "q", 1), "setCommendationQuota");
            assertThat(unitHr.run(QUOTA, "r", registrations.get(0), "q", 5).getList("data.setCommendationQuota.userErrors.code"))
                    .as("a unit does not set its own quota").containsExactly("FORBIDDEN");

            // the district sees every unit with its place in the final standings; the unit's HR its own unit only
            JsonPath all = DISTRICT.run(COMMENDATION, "id", competition);
            assertThat(all.getBoolean("data.competition.commendation.open")).isTrue();
            assertThat(all.getList("data.competition.commendation.units.registration.team", String.class)).containsExactlyElementsOf(UNITS);
            assertThat(all.getList("data.competition.commendation.units.rank", Integer.class)).containsExactly(1, null, 2, 3);
            assertThat(all.getList("data.competition.commendation.units.award", String.class)).containsExactly("先进集体", null, "优胜单位", null);
            assertThat(all.getList("data.competition.commendation.units.vetoed", Boolean.class)).containsExactly(false, true, false, false);
            assertThat(all.getList("data.competition.commendation.units.quota", Integer.class)).containsExactly(2, 0, 1, 0);
            assertThat(unitHr.run(COMMENDATION, "id", competition).getList("data.competition.commendation.units.registration.team", String.class))
                    .containsExactly(UNITS.get(0));

            // 一标段 nominates its manager (the registered person, by his document number) and a worker not yet on record
            String manager = nominate(unitHr, registrations.get(0), "项目经理1", managerId, MANAGER_CITATION);
            String zhang = nominate(unitHr, registrations.get(0), "张工", null, "QC小组成果获省级一等奖");
            JsonPath third = unitHr.reading("zh-CN").run(NOMINATE, "in", nomination(registrations.get(0), "王工", null, "技术革新"));
            assertThat(third.getList("data.nominateForCommendation.userErrors.code")).containsExactly("LIMIT_EXCEEDED");
            assertThat(third.getString("data.nominateForCommendation.userErrors[0].message")).contains("2个名额已用完");
            assertThat(unitHr.run(NOMINATE, "in", nomination(registrations.get(2), "赵工", null, "安全标兵"))
                    .getList("data.nominateForCommendation.userErrors.code")).as("not its unit").containsExactly("FORBIDDEN");
            assertThat(DISTRICT.run(NOMINATE, "in", nomination(registrations.get(2), "项目经理1", managerId, "借调"))
                    .getList("data.nominateForCommendation.userErrors.field", List.class)).as("he works for 一标段")
                    .containsExactly(List.of("name"));
            assertThat(DISTRICT.run(QUOTA, "r", registrations.get(0), "q", 1).getList("data.setCommendationQuota.userErrors.code"))
                    .as("two nominations hold the quota").containsExactly("CONFLICT");

            // withdrawn, 张工 frees a place; nominating the manager again is a duplicate; 李工 takes the place
            assertThat(unitHr.run(WITHDRAW, "id", zhang).getString("data.withdrawCommendationNomination.nomination.status")).isEqualTo("WITHDRAWN");
            assertThat(unitHr.run(WITHDRAW, "id", zhang).getList("data.withdrawCommendationNomination.userErrors.code"))
                    .containsExactly("WRONG_STATE");
            assertThat(unitHr.run(NOMINATE, "in", nomination(registrations.get(0), "项目经理1", managerId, "再次推荐"))
                    .getList("data.nominateForCommendation.userErrors.code")).containsExactly("DUPLICATE");
            String li = nominate(unitHr, registrations.get(0), "李工", null, "青年岗位能手");

            // the district decides: the unit may not; a rejection needs a note
            assertThat(unitHr.run(DECIDE, "in", Map.of("nominationId", manager, "approve", true))
                    .getList("data.decideCommendation.userErrors.code")).containsExactly("FORBIDDEN");
            assertThat(DISTRICT.run(DECIDE, "in", Map.of("nominationId", li, "approve", false))
                    .getList("data.decideCommendation.userErrors.field", List.class)).containsExactly(List.of("note"));
            JsonPath approved = ok(DISTRICT.run(DECIDE, "in", Map.of("nominationId", manager, "approve", true)), "decideCommendation");
            assertThat(approved.getString("data.decideCommendation.nomination.status")).isEqualTo("APPROVED");
            assertThat(approved.getString("data.decideCommendation.nomination.decidedBy")).isEqualTo("laiwu-organizer");
            String rejection = "事迹材料不完整";
            assertThat(ok(DISTRICT.run(DECIDE, "in", Map.of("nominationId", li, "approve", false, "note", rejection)), "decideCommendation")
                    .getString("data.decideCommendation.nomination.status")).isEqualTo("REJECTED");
            assertThat(DISTRICT.run(DECIDE, "in", Map.of("nominationId", li, "approve", true))
                    .getList("data.decideCommendation.userErrors.code")).as("decided once").containsExactly("WRONG_STATE");

            JsonPath after = DISTRICT.run(COMMENDATION, "id", competition);
            assertThat(after.getList("data.competition.commendation.units.nominated", Integer.class)).containsExactly(0, 0, 0, 0);
            assertThat(after.getList("data.competition.commendation.units.approved", Integer.class)).containsExactly(1, 0, 0, 0);
            assertThat(after.getList("data.competition.commendation.nominations.status", String.class))
                    .containsExactly("APPROVED", "WITHDRAWN", "REJECTED");

            // 先进个人 is on the manager's record: an APPROVED TITLE outcome whose reason gives the unit and the citation
            List<Map<String, Object>> titles = DISTRICT.reading("zh-CN").run("""
                    query($id: ID!) { competition(id: $id) { promotionOutcomes { kind title status reason person { name } registration { team }
                      policy { name } } } }""", "id", competition)
                    .getList("data.competition.promotionOutcomes.findAll { it.kind == 'TITLE' }");
            assertThat(titles).hasSize(1);
            assertThat(titles.get(0)).containsEntry("title", "先进个人").containsEntry("status", "APPROVED")
                    .containsEntry("person", Map.of("name", "项目经理1")).containsEntry("registration", Map.of("team", UNITS.get(0)))
                    .containsEntry("policy", Map.of("name", "劳动竞赛年终表扬（先进个人）"));
            assertThat((String) titles.get(0).get("reason")).contains(UNITS.get(0) + "推荐项目经理1", MANAGER_CITATION, "授予先进个人称号");

            // every step is in the competition's history
            List<String> steps = DISTRICT.run("query($id: ID!) { competition(id: $id) { history { subject action } } }", "id", competition)
                    .getList("data.competition.history.findAll { it.subject.startsWith('Commendation') }.action", String.class);
            // two quotas given, three nominations, one withdrawn, two decided
            assertThat(steps).hasSize(2 + 3 + 1 + 2);

            // the list of the commended: the units with an award and the approved individuals
            byte[] xlsx = given().auth().oauth2(Tokens.of("laiwu-organizer")).header("Accept-Language", "zh-CN")
                    .when().get("/exports/competitions/" + competition + "/commendations.xlsx")
                    .then().statusCode(200).extract().asByteArray();
            List<List<List<String>>> sheets = sheets(xlsx);
            assertThat(sheets.get(0)).containsExactly(List.of("单位", "赛项", "参赛号", "名次", "奖项"),
                    List.of(UNITS.get(0), "六比一创综合考评", bib(competition, 0), "1", "先进集体"),
                    List.of(UNITS.get(2), "六比一创综合考评", bib(competition, 2), "2", "优胜单位"));
            assertThat(sheets.get(1)).hasSize(2);
            List<String> commended = sheets.get(1).get(1);
            assertThat(commended.get(0)).isEqualTo("项目经理1");
            assertThat(commended.get(1)).as("the document number, masked").isNotEmpty().isNotEqualTo(managerId);
            assertThat(commended.subList(2, 6)).containsExactly(UNITS.get(0), "先进个人", MANAGER_CITATION, "laiwu-organizer");
            given().auth().oauth2(Tokens.of("enterprise-hr")).when().get("/exports/competitions/" + competition + "/commendations.xlsx")
                    .then().statusCode(403);
        } finally {
            ok(DISTRICT.run("mutation($id: ID!) { revokeRole(id: $id) { userErrors { message } } }", "id", grant), "revokeRole");
        }
    }

    static Map<String, Object> nomination(String registration, String name, String nationalId, String citation) {
        Map<String, Object> in = new HashMap<>(Map.of("registrationId", registration, "name", name, "citation", citation));
        if (nationalId != null) {
            in.put("nationalId", nationalId);
        }
        return in;
    }

    static String nominate(GraphQL who, String registration, String name, String nationalId, String citation) {
        JsonPath r = ok(who.run(NOMINATE, "in", nomination(registration, name, nationalId, citation)), "nominateForCommendation");
        assertThat(r.getString("data.nominateForCommendation.nomination.status")).isEqualTo("NOMINATED");
        return r.getString("data.nominateForCommendation.nomination.id");
    }

    static String bib(String competition, int unit) {
        return DISTRICT.run("query($id: ID!) { competition(id: $id) { commendation { units { registration { bib } } } } }", "id", competition)
                .getString("data.competition.commendation.units[" + unit + "].registration.bib");
    }

    /** Every worksheet's rows, each cell as text. */
    static List<List<List<String>>> sheets(byte[] xlsx) {
        List<List<List<String>>> sheets = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int col = 0; col < row.getCellCount(); col++) {
                        cells.add(row.getCellRawValue(col).orElse(""));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sheets;
    }

    // ------------------------------------------------------------ the plan

    /** The event's plan: three two-month periods, cumulative; with the veto item only when {@code withVeto} (what the city asked for). */
    static Map<String, Object> plan(String competition, boolean withVeto) {
        List<Map<String, Object>> rounds = new ArrayList<>();
        String[][] dates = {{"2026-03-01", "2026-04-30"}, {"2026-05-01", "2026-06-30"}, {"2026-07-01", "2026-08-31"}};
        for (int p = 0; p < PERIODS.size(); p++) {
            List<Map<String, Object>> safety = new ArrayList<>(List.of(aspect("S-DED", "安全隐患扣分", 30, "DEDUCT"),
                    aspect("S-CIV", "文明施工扣分", 20, "DEDUCT")));
            if (withVeto) {
                safety.add(aspect("S-VETO", "重大安全事故", 1, "VETO"));
            }
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("code", PERIODS.get(p));
            round.put("name", "第" + (p + 1) + "考核期");
            round.put("rankingIncludes", PERIODS.subList(0, p));
            round.put("startsOn", dates[p][0]);
            round.put("endsOn", dates[p][1]);
            round.put("modules", List.of(
                    module("quality", "比质量", 30.0, null, List.of(aspect("Q-DED", "质量问题扣分", 30, "DEDUCT"))),
                    module("safety", "比安全", 30.0, null, safety),
                    module("progress", "比进度", 0.0, null, List.of(aspect("P", "进度完成", 30, "ADD"))),
                    module("innovation", "比创新（加分项）", 0.0, 10.0, List.of(aspect("I-TECH", "技术革新", 10, "ADD"),
                            aspect("I-QC", "QC成果", 10, "ADD")))));
            rounds.add(round);
        }
        return Map.of("competitionId", competition, "name", "六比一创综合考评", "format", "INDIVIDUAL", "rounds", rounds,
                "awards", List.of(Map.of("name", "先进集体", "rankFrom", 1, "rankTo", 1),
                        Map.of("name", "优胜单位", "percentFrom", 34.0, "percentTo", 67.0)));
    }

    static Map<String, Object> module(String code, String name, double base, Double max, List<Map<String, Object>> aspects) {
        Map<String, Object> m = new HashMap<>(Map.of("code", code, "name", name, "weight", 1.0, "baseScore", base, "aspects", aspects));
        if (max != null) {
            m.put("maxScore", max);
        }
        return m;
    }

    static Map<String, Object> aspect(String code, String name, double maxMark, String effect) {
        return Map.of("code", code, "name", name, "kind", "MEASUREMENT", "maxMark", maxMark, "judges", 1, "aggregation", "SINGLE",
                "effect", effect);
    }

    static Map<String, Object> update(String event, Map<String, Object> plan) {
        Map<String, Object> in = new HashMap<>(plan);
        in.remove("competitionId");
        in.put("id", event);
        return in;
    }

    // ------------------------------------------------------------ reading

    /** A period's leaderboard and the event's rounds, as the district's organizer sees them. */
    record Board(JsonPath json, String round) {

        List<Map<String, Object>> entries() {
            List<Map<String, Object>> entries = json.getList("data.event.leaderboard.entries");
            // in the order of UNITS
            return UNITS.stream().map(u -> entries.stream().filter(e -> u.equals(((Map<?, ?>) e.get("registration")).get("team")))
                    .findFirst().orElseThrow()).toList();
        }

        List<Double> roundTotals() {
            return entries().stream().map(e -> ((Number) e.get("roundTotal")).doubleValue()).toList();
        }

        List<Double> totals() {
            return entries().stream().map(e -> ((Number) e.get("total")).doubleValue()).toList();
        }

        List<Integer> ranks() {
            return entries().stream().map(e -> (Integer) e.get("rank")).toList();
        }

        List<Boolean> vetoed() {
            return entries().stream().map(e -> (Boolean) e.get("vetoed")).toList();
        }

        List<String> awards() {
            return entries().stream().map(e -> (String) e.get("award")).toList();
        }

        @SuppressWarnings("unchecked")
        List<String> vetoReasons(int unit) {
            return (List<String>) entries().get(unit).get("vetoReasons");
        }

        @SuppressWarnings("unchecked")
        double module(int unit, String code) {
            return ((List<Map<String, Object>>) entries().get(unit).get("modules")).stream().filter(m -> code.equals(m.get("module")))
                    .map(m -> ((Number) m.get("score")).doubleValue()).findFirst().orElseThrow();
        }

        /** The banner holders of the board's period. */
        List<String> banner() {
            return json.getList("data.event.rounds.find { it.code == '" + round + "' }.bannerHolders.team", String.class);
        }

        List<String> periods() {
            List<Map<String, Object>> rounds = json.getList("data.event.rounds");
            return rounds.stream().map(r -> r.get("code") + " " + r.get("startsOn") + ".." + r.get("endsOn")).toList();
        }
    }

    static Board board(String event, String round) {
        JsonPath r = DISTRICT.run(STANDINGS, "id", event, "round", round);
        assertThat(r.getList("errors")).as("errors of the standings of %s", round).isNull();
        return new Board(r, round);
    }

    static List<String> inbox(GraphQL who) {
        return who.run("{ reviewInbox { id } }").getList("data.reviewInbox.id", String.class);
    }

    static void status(String competition, String status) {
        ok(DISTRICT.run("mutation($id: ID!, $s: CompetitionStatus!) { setCompetitionStatus(id: $id, status: $s) { userErrors { message } } }",
                "id", competition, "s", status), "setCompetitionStatus");
    }

    static String jinan() {
        List<Map<String, Object>> roots = CITY.run("{ organizations(first: 500) { edges { node { id name } } } }")
                .getList("data.organizations.edges.node");
        String province = roots.stream().filter(o -> "山东省总工会".equals(o.get("name"))).map(o -> (String) o.get("id")).findFirst().orElseThrow();
        List<Map<String, Object>> cities = CITY.run("query($p: ID) { organizations(parentId: $p, first: 500) { edges { node { id name } } } }",
                "p", province).getList("data.organizations.edges.node");
        return cities.stream().filter(o -> "济南市总工会".equals(o.get("name"))).map(o -> (String) o.get("id")).findFirst().orElseThrow();
    }

    static JsonPath ok(JsonPath r, String operation) {
        List<?> errors = r.getList("data." + operation + ".userErrors");
        assertThat(errors).as("%s refused: %s", operation, errors).isEmpty();
        return r;
    }
}
