package org.biwu.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * The operations a partner system runs, as published in graphql/partner/, executed as the demo partner
 * system (client credentials, PARTNER over 山东省总工会) against the running service.
 */
@QuarkusTest
class PartnerOperationsTest {

    static final GraphQL PARTNER = GraphQL.partnerSystem();

    @Test
    void aPartnerReadsAPublishedCompetitionsResultsAndFollowsTheFeedToItsFinalisation() throws IOException {
        String competition = Fixtures.competition("2026年数控车工技能比武 合作系统", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "数控车工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<String> regs = Fixtures.register(event, List.of(Map.of("name", "冯刚", "affiliation", "潍柴"), Map.of("name", "韩梅", "affiliation", "重汽")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");
        submit(GraphQL.as("judge"), event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 8.5), mark(regs.get(1), "final", "A1", 1, null, 9)));
        Fixtures.status(competition, "SCORING_CLOSED");
        String start = lastCursor();
        Fixtures.ORGANIZER.run("""
                mutation($c: ID!) { publishResults(input: {competitionId: $c, noticeDays: 0}) { userErrors { message } } }""", "c", competition);

        JsonPath results = PARTNER.run(operation("CompetitionResults"), "competition", competition);
        assertThat(results.getString("data.competition.status")).isEqualTo("PUBLISHED");
        assertThat(results.getString("data.competition.publication.noticeEndsAt")).isNotNull();
        assertThat(results.getList("data.competition.events[0].leaderboard.entries.registration.competitor.name")).containsExactly("韩梅", "冯刚");
        assertThat(results.getList("data.competition.events[0].leaderboard.entries.modules[0].score", Float.class)).containsExactly(9f);

        Fixtures.ORGANIZER.run("mutation($c: ID!) { finalizeResults(competitionId: $c) { userErrors { message } } }", "c", competition);
        JsonPath feed = PARTNER.run(operation("Changes"), "after", start);
        List<Map<String, Object>> ours = feed.<Map<String, Object>>getList("data.changes.edges.node").stream()
                .filter(c -> competition.equals(((Map<?, ?>) c.get("node")).get("id"))).toList();
        assertThat(ours).extracting(c -> c.get("kind")).containsExactly("RESULTS_PUBLISHED", "RESULTS_FINAL");
        assertThat(ours).extracting(c -> (Object) ((Map<?, ?>) c.get("node")).get("competitionStatus")).containsOnly("FINAL");
    }

    /** The feed's cursor now, read to its end. */
    private static String lastCursor() {
        String cursor = null;
        while (true) {
            JsonPath page = PARTNER.run("query($a: String) { changes(after: $a, first: 500) { pageInfo { hasNextPage endCursor } } }", "a", cursor);
            cursor = page.getString("data.changes.pageInfo.endCursor") == null ? cursor : page.getString("data.changes.pageInfo.endCursor");
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return cursor;
            }
        }
    }

    private static String operation(String name) throws IOException {
        return Files.readString(Path.of("graphql/partner/" + name + ".graphql"));
    }
}
