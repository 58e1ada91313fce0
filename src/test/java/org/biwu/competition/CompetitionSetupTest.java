package org.biwu.competition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Setting up competitions and events through the API, and their lifecycle. */
@QuarkusTest
class CompetitionSetupTest {

    static final String CREATE = """
            mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) {
              competition { id name kind level status resultsVisibility } userErrors { field message code } } }""";

    @Test
    void anOrganizerCreatesADraftCompetitionThatIsLiveByDefault() {
        JsonPath r = Fixtures.ORGANIZER.run(CREATE, "in", Map.of("name", "第十届全省职工职业技能大赛", "kind", "SKILL",
                "level", "PROVINCIAL_CLASS_I", "startsOn", "2026-10-01", "endsOn", "2026-10-03"));
        assertThat(r.getMap("data.createCompetition.competition")).containsEntry("status", "DRAFT")
                .containsEntry("resultsVisibility", "LIVE").containsEntry("level", "PROVINCIAL_CLASS_I");
    }

    @Test
    void onlyOrganizersCreateCompetitions() {
        JsonPath r = GraphQL.as("viewer").run(CREATE, "in", Map.of("name", "x", "kind", "SKILL", "level", "ENTERPRISE"));
        assertThat(r.getString("data.createCompetition.competition")).isNull();
        assertThat(r.getList("data.createCompetition.userErrors.code")).containsExactly("FORBIDDEN");
    }

    @Test
    void aCompetitionCannotEndBeforeItStarts() {
        JsonPath r = Fixtures.ORGANIZER.run(CREATE, "in", Map.of("name", "x", "kind", "SKILL", "level", "ENTERPRISE",
                "startsOn", "2026-10-03", "endsOn", "2026-10-01"));
        assertThat(r.getList("data.createCompetition.userErrors.field")).containsExactly(List.of("endsOn"));
    }

    @Test
    void statusesMoveForwardOnly() {
        String id = Fixtures.competition("岗位练兵", "SKILL", "ENTERPRISE");
        Fixtures.status(id, "RUNNING");
        JsonPath back = Fixtures.ORGANIZER.run("""
                mutation($id: ID!) { setCompetitionStatus(id: $id, status: REGISTRATION) {
                  competition { status } userErrors { field code message } } }""", "id", id);
        assertThat(back.getList("data.setCompetitionStatus.userErrors.code")).containsExactly("WRONG_STATE");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { competition(id: $id) { status } }", "id", id)
                .getString("data.competition.status")).isEqualTo("RUNNING");
    }

    @Test
    void draftCompetitionsAreForOrganizersOnly() {
        String id = Fixtures.competition("筹备中的比赛", "SKILL", "ENTERPRISE");
        assertThat(GraphQL.as("viewer").run("query($id: ID!) { competition(id: $id) { id } }", "id", id)
                .getString("data.competition")).isNull();
        Fixtures.status(id, "REGISTRATION");
        assertThat(GraphQL.as("viewer").run("query($id: ID!) { competition(id: $id) { id } }", "id", id)
                .getString("data.competition.id")).isEqualTo(id);
    }

    @Test
    void competitionsArePagedNewestFirst() {
        String a = Fixtures.competition("分页甲", "LABOR", "ENTERPRISE");
        String b = Fixtures.competition("分页乙", "LABOR", "ENTERPRISE");
        JsonPath page = Fixtures.ORGANIZER.run("""
                { competitions(first: 1, kind: LABOR) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""");
        assertThat(page.getString("data.competitions.edges[0].node.id")).isEqualTo(b);
        assertThat(page.getBoolean("data.competitions.pageInfo.hasNextPage")).isTrue();
        JsonPath next = Fixtures.ORGANIZER.run("""
                query($after: String) { competitions(first: 1, after: $after, kind: LABOR) { edges { node { id } } } }""",
                "after", page.getString("data.competitions.pageInfo.endCursor"));
        assertThat(next.getString("data.competitions.edges[0].node.id")).isEqualTo(a);
    }

    @Test
    void anEventIsCreatedWithItsMarkingSchemeAndDefaults() {
        String c = Fixtures.competition("焊工大赛", "SKILL", "MUNICIPAL_CLASS_I");
        String e = Fixtures.event(Map.of("competitionId", c, "name", "焊工", "occupationCode", "6-18-02-04", "format", "INDIVIDUAL",
                "tieBreakModules", List.of("practical"),
                "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(
                        Map.of("code", "theory", "name", "理论知识考试", "weight", 0.3, "passMark", 60.0, "aspects", List.of(
                                Map.of("code", "T", "name", "笔试", "kind", "MEASUREMENT", "maxMark", 100.0, "judges", 1, "aggregation", "SINGLE"))),
                        Map.of("code", "practical", "name", "技能操作考核", "weight", 0.7, "aspects", List.of(
                                Map.of("code", "P1", "name", "焊缝", "kind", "JUDGEMENT", "maxMark", 50.0, "judges", 5,
                                        "aggregation", "TRIMMED_MEAN", "dropHighest", 1, "dropLowest", 1)))))),
                "awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1))));
        JsonPath r = Fixtures.ORGANIZER.run("""
                query($id: ID!) { event(id: $id) { name occupationCode format teamSize scoreDecimals conflictPolicy
                  competition { id } rounds { code sequence rankingIncludes modules { code weight passMark
                  aspects { code maxMark judges aggregation dropHighest dropLowest scaleFactor attempts attemptCombination } } } } }""",
                "id", e);
        assertThat(r.getMap("data.event")).containsEntry("teamSize", 1).containsEntry("scoreDecimals", 2)
                .containsEntry("conflictPolicy", "BLOCK");
        assertThat(r.getString("data.event.competition.id")).isEqualTo(c);
        assertThat(r.getFloat("data.event.rounds[0].modules[0].weight")).isEqualTo(0.3f);
        assertThat(r.getMap("data.event.rounds[0].modules[1].aspects[0]")).containsEntry("dropHighest", 1)
                .containsEntry("attempts", 1).containsEntry("attemptCombination", "SUM").containsEntry("scaleFactor", 1.0f);
    }

    @Test
    void aBadMarkingSchemeIsRefusedFieldByFieldAndNothingIsStored() {
        String c = Fixtures.competition("错误的评分标准", "SKILL", "ENTERPRISE");
        JsonPath r = Fixtures.ORGANIZER.run("""
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { field message code } } }""",
                "in", Map.of("competitionId", c, "name", "钳工", "format", "INDIVIDUAL", "tieBreakModules", List.of("nope"),
                        "rounds", List.of(Map.of("code", "final", "name", "决赛", "rankingIncludes", List.of("prelim"), "modules", List.of(
                                Map.of("code", "M", "name", "实操", "weight", 1.0, "aspects", List.of(
                                        Map.of("code", "A", "name", "a", "kind", "JUDGEMENT", "maxMark", 10.0, "judges", 3,
                                                "aggregation", "TRIMMED_MEAN", "dropHighest", 2, "dropLowest", 1),
                                        Map.of("code", "B", "name", "b", "kind", "MEASUREMENT", "maxMark", 10.0, "judges", 2,
                                                "aggregation", "SINGLE"))))))));
        assertThat(r.getString("data.createEvent.event")).isNull();
        assertThat(r.getList("data.createEvent.userErrors.message", String.class)).containsExactlyInAnyOrder(
                "round 1, round carried over 1: “prelim” is not an earlier round of this event",
                "round 1, module 1, aspect 1, highest marks dropped: dropping 2 highest and 1 lowest of 3 marks leaves none",
                "round 1, module 1, aspect 2, marks per attempt: “single mark” takes one mark per attempt, not 2",
                "tie-break module 1: “nope” is not a module of this event");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { competition(id: $id) { events { id } } }", "id", c)
                .getList("data.competition.events")).isEmpty();
    }
}
