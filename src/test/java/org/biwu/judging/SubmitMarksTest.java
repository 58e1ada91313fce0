package org.biwu.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** submitMarks through the API: validation, corrections, idempotency, who may mark, conflicts of interest. */
@QuarkusTest
class SubmitMarksTest {

    static final GraphQL JUDGE = GraphQL.as("judge");
    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");

    String competition;
    String event;
    List<String> regs;
    List<String> panel;

    /** Five judges, drop highest and lowest; 张伟 (login judge) from 鞍钢; competitors from 鞍钢 and 宝钢. */
    void setUp(String conflictPolicy) {
        competition = Fixtures.competition("2026年焊工技能比武", "SKILL", "ENTERPRISE");
        event = Fixtures.event(Fixtures.simpleEvent(competition, "焊工", 5, "TRIMMED_MEAN", 1, 1, conflictPolicy));
        regs = Fixtures.register(event, List.of(
                Map.of("name", "王强", "affiliation", "宝钢"),
                Map.of("name", "李娜", "affiliation", "鞍钢")));
        panel = Fixtures.judges(event, List.of(
                Map.of("name", "张伟", "affiliation", "鞍钢", "role", "JUDGE", "username", "judge"),
                Map.of("name", "赵二", "role", "JUDGE"),
                Map.of("name", "钱三", "role", "JUDGE"),
                Map.of("name", "孙四", "role", "JUDGE"),
                Map.of("name", "周五", "role", "JUDGE"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper")));
        Fixtures.status(competition, "RUNNING");
    }

    @BeforeEach
    void defaults() {
        setUp("BLOCK");
    }

    @Test
    void aJudgeEntersTheirOwnMarkAndTheStandingsVersionGrows() {
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 8.5)));
        assertThat(r.getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertThat(r.getList("data.submitMarks.userErrors")).isEmpty();
        int first = r.getInt("data.submitMarks.leaderboardVersion");
        JsonPath again = submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 9)));
        assertThat(again.getInt("data.submitMarks.leaderboardVersion")).isEqualTo(first + 1);
    }

    @Test
    void everyRefusedMarkNamesItsIndexAndField() {
        JsonPath r = submit(SCOREKEEPER, event, null, List.of(
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 8),
                mark(regs.get(0), "final", "A1", 1, panel.get(2), 11.5),
                mark(regs.get(0), "final", "A1", 2, panel.get(3), 8),
                mark(regs.get(0), "semi", "A1", 1, panel.get(3), 8),
                mark(regs.get(0), "final", "B9", 1, panel.get(3), 8),
                mark(regs.get(0), "final", "A1", 1, null, 8)));
        assertThat(r.getInt("data.submitMarks.accepted")).isEqualTo(1);
        List<Map<String, Object>> errors = r.getList("data.submitMarks.userErrors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly(
                List.of("marks", "1", "value"), List.of("marks", "2", "attempt"), List.of("marks", "3", "round"),
                List.of("marks", "4", "aspect"), List.of("marks", "5", "judgeId"));
        assertThat(errors.get(0).get("message")).isEqualTo("mark 2, value: 11.5 is above the aspect's maximum 10");
        assertThat(errors).extracting(e -> e.get("code")).containsExactly("INVALID", "INVALID", "NOT_FOUND", "NOT_FOUND", "INVALID");
    }

    @Test
    void aNewValueIsACorrectionKeptInTheAuditTrail() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7)));
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7.5)));
        JsonPath marks = Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { marks { value judge { name } registration { bib } } } }",
                "id", event);
        assertThat(marks.getList("data.event.marks.value", Double.class)).containsExactly(7.5);
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 7 by scorekeeper", "CORRECTED 7 -> 7.5 by scorekeeper");
    }

    @Test
    void aMarkGivenTwiceInOneRequestKeepsTheLaterValueAndAuditsBoth() {
        JsonPath r = submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 4),
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 4.5)));
        assertThat(r.getInt("data.submitMarks.accepted")).isEqualTo(2);
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 4 by scorekeeper", "CORRECTED 4 -> 4.5 by scorekeeper");
    }

    @Test
    void theSameIdempotencyKeyTwiceStoresNothingNewAndAnswersTheSame() {
        List<Map<String, Object>> marks = List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 6),
                mark(regs.get(0), "final", "A1", 1, panel.get(2), 66));
        JsonPath first = submit(SCOREKEEPER, event, "sheet-17", marks);
        JsonPath second = submit(SCOREKEEPER, event, "sheet-17", List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 9)));
        assertThat(second.getMap("data.submitMarks")).isEqualTo(first.getMap("data.submitMarks"));
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 6 by scorekeeper");
    }

    @Test
    void anIdempotencyKeyFirstUsedInAnotherEventIsRefusedThere() {
        submit(SCOREKEEPER, event, "sheet-18", List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 6)));
        setUp("BLOCK"); // the next competition: same scorekeeper, same paper sheet numbers

        JsonPath other = submit(SCOREKEEPER, event, "sheet-18", List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7)));
        assertThat(other.getInt("data.submitMarks.accepted")).isZero();
        assertThat(other.getList("data.submitMarks.userErrors.code")).containsExactly("CONFLICT");
        assertThat(other.getList("data.submitMarks.userErrors.field")).containsExactly(List.of("idempotencyKey"));
        assertThat(AuditTrail.of(event)).isEmpty();
    }

    @Test
    void racingRequestsWithOneKeyStoreOnce() {
        List<Map<String, Object>> marks = List.of(mark(regs.get(1), "final", "A1", 1, panel.get(1), 5));
        List<CompletableFuture<Map<String, Object>>> racing = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        submit(SCOREKEEPER, event, "race-1", marks).<String, Object>getMap("data.submitMarks")))
                .toList();
        List<Map<String, Object>> answers = racing.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 5 by scorekeeper");
    }

    @Test
    void aJudgeMayNotEnterAnotherJudgesMark() {
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 5)));
        assertThat(r.getInt("data.submitMarks.accepted")).isZero();
        assertThat(r.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
    }

    @Test
    void someoneOffThePanelMayNotMark() {
        JsonPath r = submit(GraphQL.as("chief-judge"), event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 5)));
        assertThat(r.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(r.getList("data.submitMarks.userErrors.field")).containsExactly(List.of("eventId"));
    }

    @Test
    void underBlockAJudgeMayNotMarkACompetitorOfTheirOwnAffiliation() {
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(1), "final", "A1", 1, null, 9)));
        assertThat(r.getInt("data.submitMarks.accepted")).isZero();
        assertThat(r.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(r.getString("data.submitMarks.userErrors[0].message")).contains("鞍钢").contains("回避");
    }

    @Test
    void underFlagTheMarkIsKeptAndRecordedAsAConflict() {
        setUp("FLAG");
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(1), "final", "A1", 1, null, 9)));
        assertThat(r.getInt("data.submitMarks.accepted")).isEqualTo(1);
        JsonPath marks = Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { marks { value conflict } } }", "id", event);
        assertThat(marks.getList("data.event.marks.conflict", Boolean.class)).containsExactly(true);
    }

    @Test
    void marksAreRefusedUnlessTheCompetitionRuns() {
        Fixtures.status(competition, "SCORING_CLOSED");
        JsonPath r = submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 9)));
        assertThat(r.getList("data.submitMarks.userErrors.code")).containsExactly("WRONG_STATE");
    }

    @Test
    void anAttemptTakesNoMoreMarksThanItExpects() {
        submit(SCOREKEEPER, event, null, List.of(
                mark(regs.get(0), "final", "A1", 1, panel.get(0), 5), mark(regs.get(0), "final", "A1", 1, panel.get(1), 5),
                mark(regs.get(0), "final", "A1", 1, panel.get(2), 5), mark(regs.get(0), "final", "A1", 1, panel.get(3), 5),
                mark(regs.get(0), "final", "A1", 1, panel.get(4), 5)));
        JsonPath board = Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", event, "round", "final");
        assertThat(board.getBoolean("data.event.leaderboard.entries[0].complete")).isTrue();
        assertThat(board.getDouble("data.event.leaderboard.entries[0].total")).isEqualTo(5.0);
        assertThat(board.getInt("data.event.leaderboard.entries[0].rank")).isEqualTo(1);
        assertThat(board.getMap("data.event.leaderboard.entries[0].modules[0].aspects[0].attempts[0]"))
                .containsEntry("score", 5.0f).containsEntry("marksIn", 5).containsEntry("marksExpected", 5);
    }
}
