package org.biwu.competition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** The organizer's competition page, many at once: every nested field answers as its caller. */
@QuarkusTest
class NestedFieldsUnderLoadTest {

    static final String PAGE = """
            query($id: ID!) { competition(id: $id) { id name events { id name
              judges { id } registrations(first: 1) { totalCount } } } }""";

    @Test
    void nestedFieldsOfManyConcurrentRequestsAllSeeTheirCaller() {
        String competition = Fixtures.competition("2026年电工技能比武", "SKILL", "ENTERPRISE");
        for (String name : List.of("电工", "焊工", "钳工")) {
            Fixtures.event(Fixtures.simpleEvent(competition, name, 1, "SINGLE", 0, 0, "BLOCK"));
        }
        GraphQL organizer = GraphQL.as("organizer");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<CompletableFuture<JsonPath>> pages = IntStream.range(0, 200)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> organizer.raw(PAGE, "id", competition), clients))
                .toList();
        clients.shutdown();
        for (CompletableFuture<JsonPath> page : pages) {
            JsonPath r = page.join();
            assertThat(r.getList("errors")).as("errors: %s", r.prettify()).isNull();
            assertThat(r.getList("data.competition.events")).hasSize(3);
        }
    }
}
