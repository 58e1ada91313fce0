package org.biwu.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.biwu.testing.Subscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 二次加密: a judge of an anonymousJudging event knows each registration only by its draw code, on every
 * path — registrations, the leaderboard, marks, node(id), the leaderboard subscription and error
 * messages — while the conflict-of-interest check still sees the hidden affiliation; chief judges and
 * organizers see both.
 */
@QuarkusTest
class AnonymousJudgingTest {

    static final GraphQL JUDGE = GraphQL.as("judge");
    static final GraphQL CHIEF = GraphQL.as("chief-judge");
    static final String REGISTRATIONS = """
            query($id: ID!) { event(id: $id) { anonymousJudging registrations { edges { node { id bib drawCode team affiliation
              skillLevel category competitor { id name affiliation } members { name } registeredMembers { person { name } } unit { name } } } } } }""";
    static final String EVERYWHERE = """
            query($id: ID!, $r: ID!) { event(id: $id) {
              leaderboard(round: "final") { entries { registration { bib affiliation competitor { name } members { name } } } }
              marks { registration { bib competitor { name } } } }
              node(id: $r) { ... on Registration { bib affiliation competitor { name } } } }""";
    static final String[] SECRETS = {"王强", "李娜", "宝钢", "鞍钢", "首钢"};

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    String competition;
    String event;
    List<String> regs;

    @BeforeEach
    void setUp() {
        competition = Fixtures.competition("2026年焊工技能比武 二次加密", "SKILL", "ENTERPRISE");
        Map<String, Object> definition = new HashMap<>(Fixtures.simpleEvent(competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"));
        definition.put("anonymousJudging", true);
        event = Fixtures.event(definition);
        regs = Fixtures.register(event, List.of(Map.of("name", "王强", "affiliation", "宝钢", "team", "宝钢一队"),
                Map.of("name", "李娜", "affiliation", "鞍钢")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "affiliation", "鞍钢", "role", "JUDGE", "username", "judge"),
                Map.of("name", "陈刚", "role", "CHIEF_JUDGE", "username", "chief-judge")));
    }

    @Test
    void codesAreDrawnWhenTheCompetitionStartsAndAJudgeSeesNothingElse() {
        assertThat(Fixtures.ORGANIZER.run(REGISTRATIONS, "id", event).getList("data.event.registrations.edges.node.drawCode"))
                .containsOnlyNulls();
        Fixtures.status(competition, "RUNNING");

        JsonPath organizer = Fixtures.ORGANIZER.run(REGISTRATIONS, "id", event);
        List<String> codes = organizer.getList("data.event.registrations.edges.node.drawCode", String.class);
        assertThat(codes).hasSize(2).allMatch(c -> c.matches("\\d{3}")).doesNotHaveDuplicates();
        assertThat(organizer.getList("data.event.registrations.edges.node.competitor.name")).containsExactly("王强", "李娜");
        assertThat(CHIEF.run(REGISTRATIONS, "id", event).getList("data.event.registrations.edges.node.affiliation"))
                .containsExactly("宝钢", "鞍钢");

        JsonPath judge = JUDGE.run(REGISTRATIONS, "id", event);
        assertThat(judge.getBoolean("data.event.anonymousJudging")).isTrue();
        assertThat(judge.getList("data.event.registrations.edges.node.bib")).isEqualTo(codes);
        assertThat(judge.getList("data.event.registrations.edges.node.competitor.name")).isEqualTo(codes);
        assertThat(judge.getList("data.event.registrations.edges.node.drawCode")).isEqualTo(codes);
        assertThat(judge.getList("data.event.registrations.edges.node.members")).containsOnly(List.of());
        assertThat(judge.getList("data.event.registrations.edges.node.unit")).containsOnlyNulls();
        assertSecretsAbsent(judge.prettify());

        // a viewer sees the names, never the codes that would tie them to what the judge sees
        assertThat(GraphQL.as("viewer").run(REGISTRATIONS, "id", event).getList("data.event.registrations.edges.node.drawCode"))
                .containsOnlyNulls();
    }

    @Test
    void theConflictCheckStillSeesTheHiddenAffiliationAndItsRefusalNamesOnlyTheCode() {
        Fixtures.status(competition, "RUNNING");
        JsonPath refused = submit(JUDGE, event, null, List.of(mark(regs.get(1), "final", "A1", 1, null, 9)));
        assertThat(refused.getList("data.submitMarks.userErrors.code")).containsExactly("FORBIDDEN");
        String code = Fixtures.ORGANIZER.run(REGISTRATIONS, "id", event).getString("data.event.registrations.edges[1].node.drawCode");
        assertThat(refused.getString("data.submitMarks.userErrors[0].message")).contains(code);
        assertSecretsAbsent(refused.prettify());

        assertThat(submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 8.5)))
                .getInt("data.submitMarks.accepted")).isEqualTo(1);
        assertSecretsAbsent(JUDGE.run(EVERYWHERE, "id", event, "r", regs.get(0)).prettify());
        assertThat(CHIEF.run(EVERYWHERE, "id", event, "r", regs.get(0)).prettify()).contains("王强");
    }

    @Test
    void theLeaderboardSubscriptionShowsAJudgeOnlyCodes() {
        Fixtures.status(competition, "RUNNING");
        try (Subscription pad = Subscription.connect(port, Tokens.of("judge"))) {
            pad.subscribe("1", """
                    subscription($e: ID!) { leaderboardChanged(eventId: $e, round: "final") {
                      entries { registration { bib team affiliation competitor { name } members { name } unit { name } } } } }""", "e", event);
            JsonNode first = pad.nextData("1");
            assertSecretsAbsent(first.toString());
            submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 7)));
            JsonNode after = pad.nextData("1");
            assertSecretsAbsent(after.toString());
            assertThat(after.toString()).contains(Fixtures.ORGANIZER.run(REGISTRATIONS, "id", event)
                    .getString("data.event.registrations.edges[0].node.drawCode"));
        }
    }

    @Test
    void aRegistrationMadeWhileTheCompetitionRunsDrawsItsCodeAtOnce() {
        Fixtures.status(competition, "RUNNING");
        Fixtures.register(event, List.of(Map.of("name", "周杰", "affiliation", "首钢")));
        List<String> codes = Fixtures.ORGANIZER.run(REGISTRATIONS, "id", event).getList("data.event.registrations.edges.node.drawCode", String.class);
        assertThat(codes).hasSize(3).doesNotContainNull();
        assertThat(new HashSet<>(codes)).hasSize(3);
    }

    private static void assertSecretsAbsent(String answer) {
        for (String secret : SECRETS) {
            assertThat(answer).as("what a judge of an anonymous event is answered").doesNotContain(secret);
        }
    }
}
