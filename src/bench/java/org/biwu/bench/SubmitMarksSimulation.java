package org.biwu.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Gatling: {@link MarkLoad#clients} scorekeepers' clients, each on its own HTTP connection,
 * sending submitMarks one after the other (a closed model: a client sends its next mutation
 * when the last one was answered) for the warm-up and the measured time. Gatling keeps its own
 * statistics and HTML report; each answer is also handed to {@link MarkLoad#record} with
 * nanosecond times and the leaderboard version it made, for the correlation with subscribers.
 */
public class SubmitMarksSimulation extends Simulation {

    /** Set by {@link LiveScoringBenchmark} before Gatling runs this simulation in the same JVM. */
    static volatile MarkLoad load;

    {
        MarkLoad l = load;
        HttpProtocolBuilder protocol = http.baseUrl(l.baseUrl)
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                .disableCaching()
                .warmUp(l.baseUrl + "/q/health/live");

        ScenarioBuilder scorekeepers = scenario("scorekeepers").during(Duration.ofSeconds(l.seconds)).on(
                exec(session -> session.set("t0", System.nanoTime()).set("body", l.nextBody()).remove("v").remove("accepted")
                                .remove("answer"))
                        .exec(http("submitMarks").post("/graphql")
                                .header("Authorization", session -> l.authorization())
                                .body(StringBody(session -> session.getString("body")))
                                .check(status().is(200))
                                .check(bodyString().saveAs("answer"))
                                .check(jmesPath("data.submitMarks.leaderboardVersion").ofInt().saveAs("v"))
                                .check(jmesPath("data.submitMarks.accepted").ofInt().is(l.judges.size()).saveAs("accepted")))
                        .exec(session -> {
                            long answered = System.nanoTime();
                            l.record(session.getLong("t0"), answered,
                                    session.contains("v") ? session.getInt("v") : null,
                                    session.contains("accepted") ? session.getInt("accepted") : null,
                                    session.contains("answer") ? session.getString("answer") : null);
                            return session.markAsSucceeded();
                        }));

        setUp(scorekeepers.injectOpen(atOnceUsers(l.clients))).protocols(protocol);
    }
}
