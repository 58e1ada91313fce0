package org.biwu.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publication with a notice period, appeals and their rulings, finalisation. */
@QuarkusTest
class AppealsTest {

    static final GraphQL WORKER = GraphQL.as("competitor");
    static final GraphQL JUDGE = GraphQL.as("judge");
    static final String PUBLISH = """
            mutation($c: ID!, $d: Int!) { publishResults(input: {competitionId: $c, noticeDays: $d}) {
              competition { status publication { publishedAt noticeEndsAt publishedBy } } userErrors { field code message } } }""";
    static final String FILE = """
            mutation($r: ID!, $why: String!) { fileAppeal(input: {registrationId: $r, reason: $why}) {
              appeal { id status filedBy reason registration { bib } } userErrors { field code message } } }""";
    static final String DECIDE = """
            mutation($in: DecideAppealInput!) { decideAppeal(input: $in) {
              appeal { status decisionNote decidedBy decidedAt } userErrors { field code message } } }""";
    static final String FINALIZE = """
            mutation($c: ID!) { finalizeResults(competitionId: $c) { competition { status } userErrors { field code message } } }""";
    static final String APPEALS = "query($c: ID!) { competition(id: $c) { appeals { status filedBy registration { bib } } } }";

    String competition;
    String event;
    List<String> regs;
    String judge;

    @BeforeEach
    void setUp() {
        competition = Fixtures.competition("2026年车工技能比武 公示", "SKILL", "ENTERPRISE");
        event = Fixtures.event(Fixtures.simpleEvent(competition, "车工", 1, "SINGLE", 0, 0, "BLOCK"));
        regs = Fixtures.register(event, List.of(Map.of("name", "赵磊", "username", "competitor"), Map.of("name", "钱七")));
        judge = Fixtures.judges(event, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge"))).get(0);
        Fixtures.status(competition, "RUNNING");
        submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 7), mark(regs.get(1), "final", "A1", 1, null, 8)));
        Fixtures.status(competition, "SCORING_CLOSED");
    }

    @Test
    void anUpheldAppealCorrectsTheMarksAndBlocksFinalisingUntilDecided() {
        JsonPath published = Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 5);
        assertThat(published.getString("data.publishResults.competition.status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("data.publishResults.competition.publication.publishedBy")).isEqualTo("organizer");

        JsonPath filed = WORKER.run(FILE, "r", regs.get(0), "why", "第1次操作的尺寸测量有误，请复核");
        assertThat(filed.getList("data.fileAppeal.userErrors")).isEmpty();
        assertThat(filed.getString("data.fileAppeal.appeal.status")).isEqualTo("OPEN");
        String appeal = filed.getString("data.fileAppeal.appeal.id");
        // someone else's registration is not theirs to appeal; the competitor sees their own appeal only
        assertThat(WORKER.run(FILE, "r", regs.get(1), "why", "不服").getList("data.fileAppeal.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(WORKER.run(APPEALS, "c", competition).getList("data.competition.appeals.filedBy")).containsExactly("competitor");
        assertThat(GraphQL.as("viewer").run(APPEALS, "c", competition).getList("data.competition.appeals")).isEmpty();

        JsonPath blocked = Fixtures.ORGANIZER.run(FINALIZE, "c", competition);
        assertThat(blocked.getList("data.finalizeResults.userErrors.code")).containsExactly("WRONG_STATE");

        Map<String, Object> correction = mark(regs.get(0), "final", "A1", 1, judge, 9);
        JsonPath decided = Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", true,
                "note", "复核测量记录，原评分漏记一项，更正为9分", "corrections", List.of(correction)));
        assertThat(decided.getList("data.decideAppeal.userErrors")).isEmpty();
        assertThat(decided.getString("data.decideAppeal.appeal.status")).isEqualTo("UPHELD");
        JsonPath board = Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", event, "round", "final");
        assertThat(board.getList("data.event.leaderboard.entries.registration.bib")).containsExactly("1", "2");
        assertThat(board.getList("data.event.leaderboard.entries.total", Float.class)).containsExactly(9f, 8f);
        JsonPath trail = GraphQL.as("organizer").run("query($id: ID!) { event(id: $id) { auditTrail { edges { node { action value previousValue reason } } } } }",
                "id", event);
        assertThat(trail.getList("data.event.auditTrail.edges.node.action")).last().isEqualTo("APPEAL_CORRECTED");
        assertThat(trail.getString("data.event.auditTrail.edges[-1].node.reason")).isEqualTo("复核测量记录，原评分漏记一项，更正为9分");

        assertThat(Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", false, "note", "再次"))
                .getList("data.decideAppeal.userErrors.code")).containsExactly("WRONG_STATE");
        // the notice period of 5 days still runs
        JsonPath stillRunning = Fixtures.ORGANIZER.run(FINALIZE, "c", competition);
        assertThat(stillRunning.getList("data.finalizeResults.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(stillRunning.getString("data.finalizeResults.userErrors[0].message")).contains("notice period runs until");
    }

    @Test
    void thePublishedResultsSheetShowsTheStandingsThePeriodAndTheAuditChainsHead() throws Exception {
        given().auth().oauth2(Tokens.of("organizer")).when().get("/exports/competitions/" + competition + "/results.pdf")
                .then().statusCode(409);
        Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 5);
        byte[] pdf = given().auth().oauth2(Tokens.of("viewer")).when().get("/exports/competitions/" + competition + "/results.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String head = Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { auditTrail { edges { node { hash } } } } }", "id", event)
                .getString("data.event.auditTrail.edges[-1].node.hash");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("成绩公示", "公示期", "钱七", "赵磊", "张伟", "技能操作", "共3条", head);
            assertThat(text.indexOf("钱七")).as("8 points before 7").isLessThan(text.indexOf("赵磊"));
        }
    }

    @Test
    void withoutANoticePeriodAppealsAreRefusedAndResultsBecomeFinalAtOnce() {
        assertThat(Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 91).getList("data.publishResults.userErrors.field"))
                .containsExactly(List.of("noticeDays"));
        Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 0);
        JsonPath late = WORKER.run(FILE, "r", regs.get(0), "why", "不服");
        assertThat(late.getList("data.fileAppeal.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(Fixtures.ORGANIZER.run(FINALIZE, "c", competition).getString("data.finalizeResults.competition.status")).isEqualTo("FINAL");
        assertThat(Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 3).getList("data.publishResults.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void aDismissedAppealNeedsANoteAndTakesNoCorrections() {
        Fixtures.ORGANIZER.run(PUBLISH, "c", competition, "d", 3);
        String appeal = Fixtures.ORGANIZER.run(FILE, "r", regs.get(1), "why", "单位代为申诉：计时有误")
                .getString("data.fileAppeal.appeal.id");
        assertThat(Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", false, "note", " "))
                .getList("data.decideAppeal.userErrors.field")).containsExactly(List.of("note"));
        assertThat(Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", false, "note", "驳回",
                "corrections", List.of(mark(regs.get(1), "final", "A1", 1, judge, 10)))).getList("data.decideAppeal.userErrors.field"))
                .containsExactly(List.of("corrections"));
        JsonPath refusedCorrection = Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", true, "note", "成立",
                "corrections", List.of(mark(regs.get(1), "final", "A1", 1, judge, 11))));
        assertThat(refusedCorrection.getList("data.decideAppeal.userErrors.field")).containsExactly(List.of("corrections", "0", "value"));
        assertThat(Fixtures.ORGANIZER.run(APPEALS, "c", competition).getList("data.competition.appeals.status")).containsExactly("OPEN");

        JsonPath dismissed = Fixtures.ORGANIZER.run(DECIDE, "in", Map.of("id", appeal, "upheld", false, "note", "经核查计时无误，驳回"));
        assertThat(dismissed.getString("data.decideAppeal.appeal.status")).isEqualTo("DISMISSED");
        assertThat(dismissed.getString("data.decideAppeal.appeal.decidedBy")).isEqualTo("organizer");
    }
}
