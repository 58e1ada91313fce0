package org.biwu.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.live.LeaderboardSubscriptionTest.LEADERBOARD_CHANGED;
import static org.biwu.live.LeaderboardSubscriptionTest.leaderboard;
import static org.biwu.live.LeaderboardSubscriptionTest.rows;
import static org.biwu.testing.Fixtures.mark;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.biwu.local.LocalPaths;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.Subscription;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the service, as in production behind the ingress: this test's application and
 * a second one started from the packaged application ({@code target/quarkus-app/quarkus-run.jar},
 * so this runs after {@code package}, under failsafe), both on the same PostgreSQL and Keycloak.
 * A mark submitted to the other replica reaches the subscribers of this one through PostgreSQL
 * LISTEN/NOTIFY.
 */
@QuarkusTest
class CrossInstanceLeaderboardIT {

    /** How long the packaged application may take to start. */
    static final long START_SECONDS = 180;

    static Process other;
    static int otherPort;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void startAnotherReplica() throws Exception {
        Path jar = LocalPaths.project().resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged application (./mvnw package)").exists();
        Config config = ConfigProvider.getConfig();
        otherPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + otherPort));
        for (String key : List.of("biwu.db.url", "quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.oidc.auth-server-url", "biwu.national-id.key")) {
            command.add("-D" + key + "=" + config.getValue(key, String.class));
        }
        // the first replica migrated the database (the test profile's migrations, the demo tree's included,
        // which the packaged application's production profile does not know): this one joins it as it is
        command.add("-Dquarkus.flyway.migrate-at-start=false");
        command.addAll(List.of("-jar", jar.toString()));
        Path log = jar.getParent().getParent().resolve("cross-instance-replica.log");
        other = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyOutput(other, log, listening), "replica-output");
        copier.setDaemon(true);
        copier.start();
        try {
            listening.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the second replica did not start (log: " + log + "):\n" + tail(log), e);
        }
        given().port(otherPort).when().get("/q/health/ready").then().statusCode(200);
    }

    @AfterAll
    static void stopTheOtherReplica() {
        if (other == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(other.descendants().toList());
        tree.add(other.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aMarkSubmittedToAnotherReplicaReachesThisReplicasSubscribers() {
        String competition = Fixtures.competition("2026年焊工技能比武（两个副本）", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<String> regs = Fixtures.register(event, List.of(
                Map.of("name", "王强", "affiliation", "宝钢", "bib", "1"),
                Map.of("name", "李娜", "affiliation", "首钢", "bib", "2")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "affiliation", "鞍钢", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");

        try (Subscription screen = Subscription.connect(port, Tokens.of("viewer"))) {
            screen.subscribe("1", LEADERBOARD_CHANGED, "e", event);
            assertThat(rows(leaderboard(screen.nextData("1")))).containsExactly("-. bib 1: -", "-. bib 2: -");

            JsonPath answer = submitMarksOnTheOtherReplica(event, List.of(mark(regs.get(1), "final", "A1", 1, null, 9.5)));
            assertThat(answer.getInt("data.submitMarks.accepted")).isEqualTo(1);

            JsonNode after = leaderboard(screen.nextData("1"));
            assertThat(after.path("version").asInt()).isEqualTo(answer.getInt("data.submitMarks.leaderboardVersion"));
            assertThat(rows(after)).containsExactly("1. bib 2: 9.5", "-. bib 1: -");
        }
    }

    @Test
    void anEventCorrectedOnAnotherReplicaIsScoredAndCheckedByItsNewSchemeHere() {
        String competition = Fixtures.competition("2026年钳工技能比武（两个副本）", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<String> regs = Fixtures.register(event, List.of(Map.of("name", "王强", "bib", "1")));
        Fixtures.judges(event, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge")));
        Fixtures.status(competition, "RUNNING");

        try (Subscription screen = Subscription.connect(port, Tokens.of("viewer"))) {
            screen.subscribe("1", LEADERBOARD_CHANGED.replace("total registration", "total award registration"), "e", event);
            assertThat(rows(leaderboard(screen.nextData("1")))).containsExactly("-. bib 1: -");

            // the organizer's laptop talks to the other replica: the maximum becomes 20, with an award for the winner
            JsonPath corrected = given().port(otherPort).auth().oauth2(Tokens.of("organizer")).contentType(ContentType.JSON)
                    .body(Map.of("query", """
                            mutation($in: UpdateEventInput!) { updateEvent(input: $in) { event { id } userErrors { message } } }""",
                            "variables", Map.of("in", Map.of("id", event, "name", "钳工", "format", "INDIVIDUAL",
                                    "awards", List.of(Map.of("name", "一等奖", "rankFrom", 1, "rankTo", 1)),
                                    "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(Map.of(
                                            "code", "practical", "name", "技能操作", "weight", 1.0, "aspects", List.of(Map.of(
                                                    "code", "A1", "name", "焊缝外观", "kind", "JUDGEMENT", "maxMark", 20.0,
                                                    "judges", 1, "aggregation", "SINGLE"))))))))))
                    .when().post("/graphql").then().statusCode(200).extract().jsonPath();
            assertThat(corrected.getList("data.updateEvent.userErrors")).isEmpty();
            leaderboard(screen.nextData("1"));

            // this replica checks the mark against the corrected scheme (15 was above the old maximum) and ranks by it
            JsonPath answer = Fixtures.submit(org.biwu.testing.GraphQL.as("judge"), event, null,
                    List.of(mark(regs.get(0), "final", "A1", 1, null, 15)));
            assertThat(answer.getList("data.submitMarks.userErrors")).isEmpty();
            JsonNode after = leaderboard(screen.nextData("1"));
            while (after.path("version").asInt() < answer.getInt("data.submitMarks.leaderboardVersion")) {
                after = leaderboard(screen.nextData("1"));
            }
            assertThat(rows(after)).containsExactly("1. bib 1: 15.0");
            assertThat(after.path("entries").path(0).path("award").asText()).isEqualTo("一等奖");
        }
    }

    /** The judge's tablet talks to the other replica. */
    private static JsonPath submitMarksOnTheOtherReplica(String event, List<Map<String, Object>> marks) {
        JsonPath r = given().port(otherPort).auth().oauth2(Tokens.of("judge")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        mutation($in: SubmitMarksInput!) { submitMarks(input: $in) {
                          accepted leaderboardVersion userErrors { field message code } } }""",
                        "variables", Map.of("in", Map.of("eventId", event, "marks", marks))))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("errors")).as("errors").isNull();
        return r;
    }

    /** Copies the replica's output to its log; completes {@code listening} once it serves HTTP. */
    private static void copyOutput(Process process, Path log, CompletableFuture<Void> listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                if (line.contains("Listening on:")) {
                    listening.complete(null);
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IllegalStateException("the replica's output ended before it served HTTP"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
