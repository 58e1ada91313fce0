package org.biwu.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Command 1's demo labor competition, loaded through the API as its people would, once: approved by
 * the province on the city's recommendation, two periods assessed, the standings as worked out by hand
 * from its sheets (a tie for the first banner, a veto in the second period, a safety module at 0).
 */
@QuarkusTest
class LaborDemoTest {

    static final URI KEYCLOAK = URI.create("http://localhost:" + LocalKeycloak.HTTP_PORT);

    @TestHTTPResource("/")
    URI api;

    @Test
    void theDemoLaborCompetitionIsLoadedOnceApprovedAndAssessedForTwoPeriods() {
        boolean first = LaborDemo.loadUnlessPresent(api, KEYCLOAK);
        assertThat(LaborDemo.loadUnlessPresent(api, KEYCLOAK)).as("loaded again").isFalse();
        GraphQL district = GraphQL.as("laiwu-organizer");
        List<Map<String, Object>> mine = district.run("{ competitions(first: 100, kind: LABOR) { edges { node { id name } } } }")
                .getList("data.competitions.edges.node.findAll { it.name == '" + LaborDemo.NAME + "' }");
        assertThat(mine).as("loaded now or by an earlier test of this run (%s)", first).hasSize(1);
        String id = (String) mine.get(0).get("id");
        JsonPath c = district.run("""
                query($id: ID!) { competition(id: $id) { status approval { status approvedBy { name } reviews { decision } }
                  events { id rounds { code bannerHolders { team } } } } }""", "id", id);
        assertThat(c.getString("data.competition.status")).isEqualTo("RUNNING");
        assertThat(c.getString("data.competition.approval.approvedBy.name")).isEqualTo("山东省总工会");
        assertThat(c.getList("data.competition.approval.reviews.decision", String.class)).containsExactly("RECOMMEND", "APPROVE");
        // P1: 94 and 94 (the second's bonus 12 capped at 10) share the banner; P2: 97, the vetoed 96 aside; P3 not assessed yet
        assertThat(c.getList("data.competition.events[0].rounds.find { it.code == 'P1' }.bannerHolders.team", String.class))
                .containsExactlyInAnyOrder("汶河大桥项目部", "钢城快速路一标段");
        assertThat(c.getList("data.competition.events[0].rounds.find { it.code == 'P2' }.bannerHolders.team", String.class))
                .containsExactly("钢城快速路二标段");
        assertThat(c.getList("data.competition.events[0].rounds.find { it.code == 'P3' }.bannerHolders")).isEmpty();
        JsonPath p2 = district.run("""
                query($id: ID!) { event(id: $id) { leaderboard(round: "P2") { entries { rank total vetoed registration { team }
                  modules { module score } } } } }""", "id", c.getString("data.competition.events[0].id"));
        assertThat(p2.getList("data.event.leaderboard.entries.registration.team", String.class))
                .containsExactly("汶河大桥项目部", "钢城快速路二标段", "莱芜精工新厂房项目部", "钢城快速路一标段");
        assertThat(p2.getList("data.event.leaderboard.entries.rank")).containsExactly(1, 2, 3, null);
        assertThat(p2.getList("data.event.leaderboard.entries.total", Float.class)).containsExactly(189f, 188f, 129f, 190f);
        assertThat(p2.getList("data.event.leaderboard.entries.vetoed", Boolean.class)).containsExactly(false, false, false, true);
        assertThat(p2.getFloat("data.event.leaderboard.entries[2].modules.find { it.module == 'safety' }.score")).isZero();
    }
}
