package org.biwu.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.biwu.api.NodeId;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marks no one can quietly change: locks on a module's marks (the chief judge locks, only an organizer
 * reopens, closing scoring locks every module) and the event's audit trail, chained by SHA-256,
 * append-only in the database, and verified by recomputing the chain.
 */
@QuarkusTest
class MarkIntegrityTest {

    static final GraphQL CHIEF = GraphQL.as("chief-judge");
    static final GraphQL JUDGE = GraphQL.as("judge");
    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");

    static final String LOCK = """
            mutation($in: ModuleMarksInput!) { lockMarks(input: $in) { round { code locks { module lockedBy lockedAt } }
              userErrors { field code message } } }""";
    static final String REOPEN = """
            mutation($in: ReopenMarksInput!) { reopenMarks(input: $in) { round { code locks { module } }
              userErrors { field code message } } }""";
    static final String TRAIL = """
            query($id: ID!, $first: Int, $after: String) { event(id: $id) { auditTrail(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              edges { cursor node { action round aspect module attempt value previousValue by reason hash
                registration { bib } judge { name } } } } } }""";
    static final String VERIFY = """
            query($id: ID!) { event(id: $id) { auditVerification { valid entries firstBrokenEntry { id action value by } } } }""";

    @Inject
    Pool pool;

    String competition;
    String event;
    List<String> regs;
    List<String> panel;

    @BeforeEach
    void setUp() {
        competition = Fixtures.competition("2026年钳工技能比武 锁定", "SKILL", "ENTERPRISE");
        event = Fixtures.event(Fixtures.simpleEvent(competition, "钳工", 3, "MEAN", 0, 0, "FLAG"));
        regs = Fixtures.register(event, List.of(Map.of("name", "王强", "affiliation", "宝钢"), Map.of("name", "李娜", "affiliation", "鞍钢")));
        panel = Fixtures.judges(event, List.of(
                Map.of("name", "张伟", "role", "JUDGE", "username", "judge"),
                Map.of("name", "赵二", "role", "JUDGE"),
                Map.of("name", "钱三", "role", "JUDGE"),
                Map.of("name", "陈刚", "role", "CHIEF_JUDGE", "username", "chief-judge"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper")));
        Fixtures.status(competition, "RUNNING");
    }

    Map<String, Object> module() {
        return Map.of("eventId", event, "round", "final", "module", "practical");
    }

    @Test
    void aLockedMarkRefusesACorrectionUntilAnOrganizerReopensIt() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7)));

        JsonPath locked = CHIEF.run(LOCK, "in", module());
        assertThat(locked.getList("data.lockMarks.userErrors")).isEmpty();
        assertThat(locked.getList("data.lockMarks.round.locks.module")).containsExactly("practical");
        assertThat(locked.getList("data.lockMarks.round.locks.lockedBy")).containsExactly("chief-judge");

        JsonPath refused = submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7.5)));
        assertThat(refused.getInt("data.submitMarks.accepted")).isZero();
        assertThat(refused.getList("data.submitMarks.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(refused.getString("data.submitMarks.userErrors[0].message"))
                .isEqualTo("mark 1, aspect: the marks of module practical in round final are locked (by chief-judge); an organizer may reopen them");

        // the chief judge may lock, not reopen; a reopening needs a reason
        assertThat(CHIEF.run(REOPEN, "in", reopen("评分录入错误")).getList("data.reopenMarks.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(Fixtures.ORGANIZER.run(REOPEN, "in", reopen("  ")).getList("data.reopenMarks.userErrors.field"))
                .containsExactly(List.of("reason"));
        JsonPath reopened = Fixtures.ORGANIZER.run(REOPEN, "in", reopen("记分员录入第1号选手分数有误"));
        assertThat(reopened.getList("data.reopenMarks.userErrors")).isEmpty();
        assertThat(reopened.getList("data.reopenMarks.round.locks")).isEmpty();

        assertThat(submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7.5)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);
        List<Map<String, Object>> trail = CHIEF.run(TRAIL, "id", event).getList("data.event.auditTrail.edges.node");
        assertThat(trail).extracting(e -> e.get("action")).containsExactly("ENTERED", "LOCKED", "REOPENED", "CORRECTED");
        assertThat(trail.get(0)).containsEntry("registration", Map.of("bib", "1")).containsEntry("judge", Map.of("name", "赵二"))
                .containsEntry("aspect", "A1").containsEntry("value", 7.0f);
        assertThat(trail.get(1)).containsEntry("module", "practical").containsEntry("by", "chief-judge").containsEntry("registration", null);
        assertThat(trail.get(2)).containsEntry("reason", "记分员录入第1号选手分数有误").containsEntry("by", "organizer");
        assertThat(trail.get(3)).containsEntry("previousValue", 7.0f).containsEntry("value", 7.5f);
    }

    @Test
    void aJudgeMayNotLockNorReadTheTrailAndALockIsTakenOnce() {
        assertThat(JUDGE.run(LOCK, "in", module()).getList("data.lockMarks.userErrors.code")).containsExactly("FORBIDDEN");
        assertThat(JUDGE.raw(TRAIL, "id", event).getList("errors.extensions.refusal.code")).containsExactly("FORBIDDEN");
        assertThat(JUDGE.raw(VERIFY, "id", event).getList("errors.extensions.refusal.code")).containsExactly("FORBIDDEN");

        assertThat(Fixtures.ORGANIZER.run(LOCK, "in", module()).getList("data.lockMarks.userErrors")).isEmpty();
        JsonPath again = CHIEF.run(LOCK, "in", module());
        assertThat(again.getList("data.lockMarks.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(again.getList("data.lockMarks.userErrors.field")).containsExactly(List.of("module"));
        JsonPath unknown = CHIEF.run(LOCK, "in", Map.of("eventId", event, "round", "final", "module", "theory"));
        assertThat(unknown.getList("data.lockMarks.userErrors.code")).containsExactly("NOT_FOUND");
    }

    @Test
    void closingScoringLocksEveryModuleAndOnlyAReopenedModuleTakesCorrections() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 6)));
        Fixtures.status(competition, "SCORING_CLOSED");
        JsonPath round = Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { rounds { locks { module lockedBy } } } }", "id", event);
        assertThat(round.getList("data.event.rounds[0].locks.module")).containsExactly("practical");
        assertThat(submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 6.5)))
                .getList("data.submitMarks.userErrors.code")).containsExactly("WRONG_STATE");

        Fixtures.ORGANIZER.run(REOPEN, "in", reopen("复核发现漏记"));
        assertThat(submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 6.5)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertThat(CHIEF.run(LOCK, "in", module()).getList("data.lockMarks.userErrors")).isEmpty();

        Fixtures.status(competition, "PUBLISHED");
        assertThat(Fixtures.ORGANIZER.run(REOPEN, "in", reopen("公示后")).getList("data.reopenMarks.userErrors.code"))
                .containsExactly("WRONG_STATE");
    }

    @Test
    void theTrailIsAppendOnlyChainedAndPagedInOrder() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8),
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 8.5), mark(regs.get(1), "final", "A1", 1, panel.get(0), 9)));
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8.25)));

        JsonPath page = CHIEF.run(TRAIL, "id", event, "first", 2);
        assertThat(page.getInt("data.event.auditTrail.totalCount")).isEqualTo(4);
        assertThat(page.getBoolean("data.event.auditTrail.pageInfo.hasNextPage")).isTrue();
        JsonPath rest = CHIEF.run(TRAIL, "id", event, "first", 10, "after", page.getString("data.event.auditTrail.pageInfo.endCursor"));
        assertThat(rest.getList("data.event.auditTrail.edges.node.value", Float.class)).containsExactly(9f, 8.25f);
        assertThat(rest.getList("data.event.auditTrail.edges.node.hash", String.class)).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(CHIEF.raw(TRAIL, "id", event, "after", "x").getList("errors.extensions.refusal.code")).containsExactly("INVALID");

        JsonPath verified = CHIEF.run(VERIFY, "id", event);
        assertThat(verified.getBoolean("data.event.auditVerification.valid")).isTrue();
        assertThat(verified.getInt("data.event.auditVerification.entries")).isEqualTo(4);

        long eventNumber = NodeId.parse("Event", event);
        assertThatThrownBy(() -> pool.preparedQuery("update mark_audit set value = 10 where event_id = $1")
                .executeAndAwait(Tuple.of(eventNumber))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> pool.preparedQuery("delete from mark_audit where event_id = $1")
                .executeAndAwait(Tuple.of(eventNumber))).hasMessageContaining("append-only");
    }

    @Test
    void anEntryChangedDirectlyInTheDatabaseIsNamedByTheVerification() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8),
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 8.5)));
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(1), "final", "A1", 1, panel.get(0), 9)));
        String second = CHIEF.run(TRAIL, "id", event).getString("data.event.auditTrail.edges[1].node.hash");

        // someone with the database owner's rights switches the triggers off and raises a mark and its entry
        outsideTheService("update mark_audit set value = 9.5 where event_id = $1 and seq = 2");
        outsideTheService("update mark set value = 9.5 where event_id = $1 and judge_id = " + NodeId.parse("JudgeAssignment", panel.get(1)));

        JsonPath broken = CHIEF.run(VERIFY, "id", event);
        assertThat(broken.getBoolean("data.event.auditVerification.valid")).isFalse();
        assertThat(broken.getInt("data.event.auditVerification.entries")).isEqualTo(3);
        assertThat(broken.getMap("data.event.auditVerification.firstBrokenEntry"))
                .containsEntry("action", "ENTERED").containsEntry("value", 9.5f).containsEntry("by", "scorekeeper");
        assertThat(CHIEF.run(TRAIL, "id", event).getString("data.event.auditTrail.edges[1].node.hash")).isEqualTo(second);
    }

    @Test
    void aMarkChangedWithoutAnEntryIsNamedByItsLastEntry() {
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8)));
        submit(SCOREKEEPER, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 7)));
        outsideTheService("update mark set value = 10 where event_id = $1");

        JsonPath broken = CHIEF.run(VERIFY, "id", event);
        assertThat(broken.getBoolean("data.event.auditVerification.valid")).isFalse();
        assertThat(broken.getMap("data.event.auditVerification.firstBrokenEntry")).containsEntry("action", "CORRECTED").containsEntry("value", 7.0f);
    }

    static final String WARNINGS = """
            query($id: ID!) { event(id: $id) { spreadWarnings(round: "final") { registration { bib } aspect attempt values spread } } }""";

    @Test
    void anAttemptWhoseMarksLieTooFarApartIsWarnedUntilACorrectionBringsThemTogether() {
        String spread = Fixtures.event(Map.of("competitionId", competition, "name", "钳工（分差）", "format", "INDIVIDUAL",
                "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(Map.of("code", "practical", "name", "实操",
                        "weight", 1.0, "aspects", List.of(Map.of("code", "J1", "name", "工艺", "kind", "JUDGEMENT", "maxMark", 10.0,
                                "judges", 3, "aggregation", "MEAN", "maxSpread", 1.0))))))));
        List<String> two = Fixtures.register(spread, List.of(Map.of("name", "周杰"), Map.of("name", "吴敏")));
        List<String> judges = Fixtures.judges(spread, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge"),
                Map.of("name", "赵二", "role", "JUDGE"), Map.of("name", "钱三", "role", "JUDGE"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper")));
        submit(SCOREKEEPER, spread, null, List.of(mark(two.get(0), "final", "J1", 1, judges.get(0), 8),
                mark(two.get(0), "final", "J1", 1, judges.get(1), 8.5), mark(two.get(0), "final", "J1", 1, judges.get(2), 6),
                mark(two.get(1), "final", "J1", 1, judges.get(1), 7), mark(two.get(1), "final", "J1", 1, judges.get(2), 8)));

        List<Map<String, Object>> warned = SCOREKEEPER.run(WARNINGS, "id", spread).getList("data.event.spreadWarnings");
        assertThat(warned).containsExactly(Map.of("registration", Map.of("bib", "1"), "aspect", "J1", "attempt", 1,
                "values", List.of(8.0f, 8.5f, 6.0f), "spread", 2.5f));
        // the judge marked that attempt and sees the warning; a judge off the panel sees none
        assertThat(JUDGE.run(WARNINGS, "id", spread).getList("data.event.spreadWarnings")).hasSize(1);
        assertThat(GraphQL.as("judge2").run(WARNINGS, "id", spread).getList("data.event.spreadWarnings")).isEmpty();

        submit(SCOREKEEPER, spread, null, List.of(mark(two.get(0), "final", "J1", 1, judges.get(2), 7.5)));
        assertThat(SCOREKEEPER.run(WARNINGS, "id", spread).getList("data.event.spreadWarnings")).isEmpty();
    }

    @Test
    void aNegativeSpreadLimitIsRefusedNamingItsField() {
        JsonPath r = Fixtures.ORGANIZER.run("""
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { field code } } }""",
                "in", Map.of("competitionId", competition, "name", "钳工（负分差）", "format", "INDIVIDUAL",
                        "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(Map.of("code", "practical", "name", "实操",
                                "weight", 1.0, "aspects", List.of(Map.of("code", "J1", "name", "工艺", "kind", "JUDGEMENT", "maxMark", 10.0,
                                        "judges", 3, "aggregation", "MEAN", "maxSpread", -0.5))))))));
        assertThat(r.getList("data.createEvent.userErrors.field")).containsExactly(
                List.of("rounds", "0", "modules", "0", "aspects", "0", "maxSpread"));
    }

    private Map<String, Object> reopen(String reason) {
        return Map.of("eventId", event, "round", "final", "module", "practical", "reason", reason);
    }

    /** Runs {@code sql} (with the event's number as $1) with the append-only trigger switched off, as the tables' owner can. */
    private void outsideTheService(String sql) {
        pool.withTransaction(c -> c.query("alter table mark_audit disable trigger mark_audit_append_only").execute()
                .chain(() -> c.preparedQuery(sql).execute(Tuple.of(NodeId.parse("Event", event))))
                .chain(() -> c.query("alter table mark_audit enable trigger mark_audit_append_only").execute())).await().indefinitely();
    }
}
