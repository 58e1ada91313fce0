package org.biwu.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;
import static org.biwu.testing.Fixtures.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import org.biwu.api.ws.SharedOperations;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.biwu.testing.Subscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** leaderboardChanged over a real WebSocket (graphql-transport-ws), as the big screen subscribes. */
@QuarkusTest
class LeaderboardSubscriptionTest {

    static final String LEADERBOARD_CHANGED = """
            subscription($e: ID!) { leaderboardChanged(eventId: $e, round: "final") {
              version entries { rank total registration { bib } } } }""";

    static final GraphQL JUDGE = GraphQL.as("judge");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    SharedOperations operations;

    String event;
    List<String> regs;

    /** A running 焊工 final marked by one judge, 张伟 (login judge); bibs 1 王强 and 2 李娜. */
    @BeforeEach
    void aRunningFinal() {
        String competition = Fixtures.competition("2026年焊工技能比武（大屏直播）", "SKILL", "ENTERPRISE");
        event = Fixtures.event(Fixtures.simpleEvent(competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"));
        regs = Fixtures.register(event, List.of(
                Map.of("name", "王强", "affiliation", "宝钢", "bib", "1"),
                Map.of("name", "李娜", "affiliation", "首钢", "bib", "2")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "affiliation", "鞍钢", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");
        submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 8)));
    }

    @Test
    void aSubscriberReceivesTheNewStandingsWhenAMarkIsSubmitted() {
        try (Subscription screen = Subscription.connect(port, Tokens.of("viewer"))) {
            screen.subscribe("1", LEADERBOARD_CHANGED, "e", event);
            JsonNode before = leaderboard(screen.nextData("1"));
            assertThat(rows(before)).containsExactly("1. bib 1: 8.0", "-. bib 2: -");

            int version = submit(JUDGE, event, null, List.of(mark(regs.get(1), "final", "A1", 1, null, 9.5)))
                    .getInt("data.submitMarks.leaderboardVersion");

            JsonNode after = leaderboard(screen.nextData("1"));
            assertThat(after.path("version").asInt()).isEqualTo(version).isGreaterThan(before.path("version").asInt());
            assertThat(rows(after)).containsExactly("1. bib 2: 9.5", "2. bib 1: 8.0");
        }
    }

    @Test
    void aConnectionWithoutATokenIsClosedAsForbiddenAndGetsNoStandings() {
        try (Subscription anonymous = Subscription.open(port, null)) {
            try {
                anonymous.subscribe("1", LEADERBOARD_CHANGED, "e", event);
            } catch (java.util.concurrent.CompletionException closedFirst) {
                // the server closed the connection before the subscribe could be sent: as it should
            }

            Subscription.Closed closed = anonymous.closed().orTimeout(Subscription.WAIT.toSeconds(), TimeUnit.SECONDS).join();
            assertThat(closed.code()).isEqualTo(4403);
            assertThat(closed.reason()).contains("Authorization");
            assertThat(anonymous.poll(Duration.ZERO)).as("no acknowledgement, no data").isNull();
        }
    }

    @Test
    void aConnectionWithAForgedTokenIsClosedAsForbidden() {
        try (Subscription forged = Subscription.open(port, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")) {
            Subscription.Closed closed = forged.closed().orTimeout(Subscription.WAIT.toSeconds(), TimeUnit.SECONDS).join();
            assertThat(closed.code()).isEqualTo(4403);
            assertThat(forged.poll(Duration.ZERO)).isNull();
        }
    }

    @Test
    void screensWatchingTheSameStandingsShareOneExecutionAndAllGetEachVersion() {
        try (Subscription hall = Subscription.connect(port, Tokens.of("viewer"));
             Subscription lobby = Subscription.connect(port, Tokens.of("viewer"));
             Subscription judge = Subscription.connect(port, Tokens.of("judge"))) {
            hall.subscribe("a", LEADERBOARD_CHANGED, "e", event);
            lobby.subscribe("b", LEADERBOARD_CHANGED, "e", event);
            judge.subscribe("a", LEADERBOARD_CHANGED, "e", event);
            int first = leaderboard(hall.nextData("a")).path("version").asInt();
            assertThat(leaderboard(lobby.nextData("b")).path("version").asInt()).isEqualTo(first);
            judge.nextData("a");
            // connections of earlier tests may still be closing: their executions end soon after
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (operations.running("viewer") != 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(operations.running("viewer")).as("the two viewer screens share one execution").isEqualTo(1);
            assertThat(operations.running("judge")).isEqualTo(1);

            int version = submit(JUDGE, event, null, List.of(mark(regs.get(1), "final", "A1", 1, null, 9.5)))
                    .getInt("data.submitMarks.leaderboardVersion");
            for (Subscription screen : List.of(hall, lobby)) {
                JsonNode after = leaderboard(screen.nextData(screen == hall ? "a" : "b"));
                assertThat(after.path("version").asInt()).isEqualTo(version);
                assertThat(rows(after)).containsExactly("1. bib 2: 9.5", "2. bib 1: 8.0");
            }
            assertThat(rows(leaderboard(judge.nextData("a")))).containsExactly("1. bib 2: 9.5", "2. bib 1: 8.0");

            hall.complete("a");
            int later = submit(JUDGE, event, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 9.8)))
                    .getInt("data.submitMarks.leaderboardVersion");
            JsonNode last = leaderboard(lobby.nextData("b"));
            assertThat(last.path("version").asInt()).isEqualTo(later);
            assertThat(rows(last)).containsExactly("1. bib 1: 9.8", "2. bib 2: 9.5");
            assertThat(hall.poll(Duration.ofSeconds(1))).as("nothing after the client completed").isNull();
        }
    }

    @Test
    void aQueryOverTheSocketIsAnsweredAndCompleted() {
        try (Subscription client = Subscription.connect(port, Tokens.of("viewer"))) {
            client.subscribe("q", "{ me { username roles } }");
            assertThat(client.nextData("q").path("data").path("me").path("username").asText()).isEqualTo("viewer");
            JsonNode complete = client.next();
            assertThat(complete.path("type").asText()).isEqualTo("complete");
            assertThat(complete.path("id").asText()).isEqualTo("q");
        }
    }

    /** "rank. bib n: total", "-" for none. */
    static List<String> rows(JsonNode leaderboard) {
        List<String> rows = new ArrayList<>();
        for (JsonNode e : leaderboard.path("entries")) {
            rows.add((e.path("rank").isNull() ? "-" : e.path("rank").asText()) + ". bib " + e.path("registration").path("bib").asText()
                    + ": " + (e.path("total").isNull() ? "-" : e.path("total").asText()));
        }
        return rows;
    }

    static JsonNode leaderboard(JsonNode payload) {
        assertThat(payload.path("errors").isMissingNode()).as("errors: %s", payload.path("errors")).isTrue();
        return payload.path("data").path("leaderboardChanged");
    }
}
