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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Double entry of paper sheets: a scorekeeper's entry counts once a second scorekeeper typed the same
 * value; entries that differ are listed for the chief judge, whose entry settles the slot.
 */
@QuarkusTest
class DoubleEntryTest {

    static final GraphQL FIRST = GraphQL.as("scorekeeper");
    static final GraphQL SECOND = GraphQL.as("judge2");
    static final GraphQL CHIEF = GraphQL.as("chief-judge");
    static final String MARKS = "query($id: ID!) { event(id: $id) { doubleEntry marks { value judge { name } } } }";
    static final String DISCREPANCIES = """
            query($id: ID!) { event(id: $id) { markDiscrepancies(round: "final") { registration { bib } aspect attempt judge { name }
              entries { value enteredBy enteredAt } } } }""";

    String event;
    List<String> regs;
    List<String> panel;

    @BeforeEach
    void setUp() {
        String competition = Fixtures.competition("2026年电工技能比武 双录入", "SKILL", "ENTERPRISE");
        Map<String, Object> definition = new HashMap<>(Fixtures.simpleEvent(competition, "电工", 3, "MEAN", 0, 0, "FLAG"));
        definition.put("doubleEntry", true);
        event = Fixtures.event(definition);
        regs = Fixtures.register(event, List.of(Map.of("name", "孙亮")));
        panel = Fixtures.judges(event, List.of(Map.of("name", "裁判甲", "role", "JUDGE"), Map.of("name", "裁判乙", "role", "JUDGE"),
                Map.of("name", "裁判丙", "role", "JUDGE"), Map.of("name", "陈刚", "role", "CHIEF_JUDGE", "username", "chief-judge"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper"),
                Map.of("name", "马丽", "role", "SCOREKEEPER", "username", "judge2")));
        Fixtures.status(competition, "RUNNING");
    }

    @Test
    void aPaperMarkCountsOnceTwoScorekeepersAgreeAndTheChiefJudgeSettlesADiscrepancy() {
        JsonPath first = submit(FIRST, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8),
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 7)));
        assertThat(first.getInt("data.submitMarks.accepted")).isEqualTo(2);
        JsonPath none = Fixtures.ORGANIZER.run(MARKS, "id", event);
        assertThat(none.getBoolean("data.event.doubleEntry")).isTrue();
        assertThat(none.getList("data.event.marks")).as("one scorekeeper's entries do not count yet").isEmpty();

        submit(SECOND, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(0), 8),
                mark(regs.get(0), "final", "A1", 1, panel.get(1), 7.5)));
        assertThat(Fixtures.ORGANIZER.run(MARKS, "id", event).getList("data.event.marks.judge.name")).containsExactly("裁判甲");

        List<Map<String, Object>> listed = CHIEF.run(DISCREPANCIES, "id", event).getList("data.event.markDiscrepancies");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("registration", Map.of("bib", "1")).containsEntry("aspect", "A1")
                .containsEntry("attempt", 1).containsEntry("judge", Map.of("name", "裁判乙"));
        assertThat(CHIEF.run(DISCREPANCIES, "id", event).getList("data.event.markDiscrepancies[0].entries.enteredBy"))
                .containsExactly("scorekeeper", "judge2");
        assertThat(CHIEF.run(DISCREPANCIES, "id", event).getList("data.event.markDiscrepancies[0].entries.value", Float.class))
                .containsExactly(7f, 7.5f);
        assertThat(GraphQL.as("judge").run(DISCREPANCIES, "id", event).getList("data.event.markDiscrepancies")).isEmpty();

        submit(CHIEF, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(1), 7.5)));
        assertThat(CHIEF.run(DISCREPANCIES, "id", event).getList("data.event.markDiscrepancies")).isEmpty();
        assertThat(Fixtures.ORGANIZER.run(MARKS, "id", event).getList("data.event.marks.value", Float.class)).containsExactly(8f, 7.5f);
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 8 by judge2", "ENTERED 7.5 by chief-judge");
    }

    @Test
    void oneScorekeeperTypingTwiceIsStillOneEntry() {
        submit(FIRST, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(2), 9)));
        submit(FIRST, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(2), 9)));
        assertThat(Fixtures.ORGANIZER.run(MARKS, "id", event).getList("data.event.marks")).isEmpty();

        // a correction of a counted mark waits for the second scorekeeper too
        submit(SECOND, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(2), 9)));
        submit(FIRST, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(2), 9.5)));
        assertThat(Fixtures.ORGANIZER.run(MARKS, "id", event).getList("data.event.marks.value", Float.class)).containsExactly(9f);
        submit(SECOND, event, null, List.of(mark(regs.get(0), "final", "A1", 1, panel.get(2), 9.5)));
        assertThat(Fixtures.ORGANIZER.run(MARKS, "id", event).getList("data.event.marks.value", Float.class)).containsExactly(9.5f);
        assertThat(AuditTrail.of(event)).containsExactly("ENTERED 9 by judge2", "CORRECTED 9 -> 9.5 by judge2");
    }
}
