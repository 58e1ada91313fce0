package org.biwu.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * The partners' change feed: read page by page while changes commit concurrently, it skips nothing,
 * repeats nothing, and a cursor is never followed by an older change.
 */
@QuarkusTest
class ChangeFeedTest {

    static final GraphQL PARTNER = GraphQL.partnerSystem();
    static final String CHANGES = """
            query($after: String) { changes(after: $after, first: 5) { pageInfo { hasNextPage endCursor }
              edges { cursor node { kind at node { id ... on Competition { status } } } } } }""";
    static final int COMPETITIONS = 8;

    /** What the reader has seen: cursors in order and "KIND Competition:n" lines. */
    record Seen(List<Long> cursors, List<String> changes) {
    }

    @Test
    void changesCommittedConcurrentlyAreReadOnceEachInCommitOrder() {
        List<String> competitions = IntStream.range(0, COMPETITIONS).mapToObj(i -> closed("2026年电焊工比武 变更" + i)).toList();
        String start = drain(null, new Seen(new ArrayList<>(), new ArrayList<>()));

        Seen seen = new Seen(new ArrayList<>(), new ArrayList<>());
        CompletableFuture<?>[] publishing = competitions.stream().map(c -> CompletableFuture.runAsync(() -> Fixtures.ORGANIZER.run("""
                mutation($c: ID!) { publishResults(input: {competitionId: $c, noticeDays: 0}) { userErrors { message } } }""", "c", c)))
                .toArray(CompletableFuture[]::new);
        // the reader pages on while the publications commit, until every one has come
        String cursor = start;
        Set<String> wanted = new HashSet<>();
        competitions.forEach(c -> wanted.add("RESULTS_PUBLISHED " + c));
        for (int round = 0; round < 10_000 && !seen.changes().containsAll(wanted); round++) {
            cursor = drain(cursor, seen);
        }
        CompletableFuture.allOf(publishing).join();
        cursor = drain(cursor, seen);

        CompletableFuture<?>[] finalizing = competitions.stream().map(c -> CompletableFuture.runAsync(() -> Fixtures.ORGANIZER.run("""
                mutation($c: ID!) { finalizeResults(competitionId: $c) { userErrors { message } } }""", "c", c)))
                .toArray(CompletableFuture[]::new);
        competitions.forEach(c -> wanted.add("RESULTS_FINAL " + c));
        for (int round = 0; round < 10_000 && !seen.changes().containsAll(wanted); round++) {
            cursor = drain(cursor, seen);
        }
        CompletableFuture.allOf(finalizing).join();
        drain(cursor, seen);

        List<String> ours = seen.changes().stream().filter(wanted::contains).toList();
        assertThat(ours).as("each change once").hasSize(2 * COMPETITIONS).doesNotHaveDuplicates().containsAll(wanted);
        assertThat(seen.changes()).as("nothing read twice").doesNotHaveDuplicates();
        assertThat(seen.cursors()).as("cursors only grow").isSorted().doesNotHaveDuplicates();
        for (String c : competitions) {
            assertThat(ours.indexOf("RESULTS_PUBLISHED " + c)).isLessThan(ours.indexOf("RESULTS_FINAL " + c));
        }
    }

    @Test
    void aPartnerOutsideTheCompetitionsOrganizationsSeesNoneOfTheirChangesAndABadCursorIsNamed() {
        String c = closed("2026年钳工比武 变更范围");
        Fixtures.ORGANIZER.run("""
                mutation($c: ID!) { publishResults(input: {competitionId: $c, noticeDays: 0}) { userErrors { message } } }""", "c", c);
        Seen partner = new Seen(new ArrayList<>(), new ArrayList<>());
        drain(null, partner);
        assertThat(partner.changes()).contains("RESULTS_PUBLISHED " + c);
        // PARTNER over 青岛市总工会 only, and a person: the published results are public, nothing else would be
        JsonPath outside = GraphQL.as("partner").run("{ changes(first: 500) { edges { node { kind } } } }");
        assertThat(outside.getList("data.changes.edges.node.kind")).containsOnly("RESULTS_PUBLISHED", "RESULTS_FINAL");
        assertThat(PARTNER.raw("{ changes(after: \"yesterday\") { edges { cursor } } }").getList("errors.extensions.refusal.field"))
                .containsExactly(List.of("after"));
        assertThat(PARTNER.raw("{ changes(first: 501) { edges { cursor } } }").getList("errors.extensions.refusal.code"))
                .containsExactly("LIMIT_EXCEEDED");
    }

    /** Reads every page after {@code cursor} into {@code seen}; the cursor to go on from. */
    private static String drain(String cursor, Seen seen) {
        String at = cursor;
        while (true) {
            JsonPath page = PARTNER.run(CHANGES, "after", at);
            List<Map<String, Object>> edges = page.getList("data.changes.edges");
            for (Map<String, Object> edge : edges) {
                seen.cursors().add(Long.parseLong((String) edge.get("cursor")));
                @SuppressWarnings("unchecked")
                Map<String, Object> change = (Map<String, Object>) edge.get("node");
                @SuppressWarnings("unchecked")
                Map<String, Object> node = (Map<String, Object>) change.get("node");
                seen.changes().add(change.get("kind") + " " + node.get("id"));
            }
            String end = page.getString("data.changes.pageInfo.endCursor");
            at = end == null ? at : end;
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return at;
            }
        }
    }

    /** A competition with one event, marked by nobody, its scoring closed. */
    private static String closed(String name) {
        String c = Fixtures.competition(name, "SKILL", "ENTERPRISE");
        Fixtures.event(Fixtures.simpleEvent(c, "电焊工", 1, "SINGLE", 0, 0, "BLOCK"));
        Fixtures.status(c, "RUNNING");
        Fixtures.status(c, "SCORING_CLOSED");
        return c;
    }
}
