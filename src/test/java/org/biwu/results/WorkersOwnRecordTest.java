package org.biwu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.testing.Fixtures.mark;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** What a judge and a worker find about themselves through `me`. */
@QuarkusTest
class WorkersOwnRecordTest {

    @Test
    void aJudgeFindsTheEventsOfTheirPanelsAndAWorkerTheirRegistrationsAndStandings() {
        String c = Fixtures.competition("车工技能比武", "SKILL", "ENTERPRISE");
        String e = Fixtures.event(Fixtures.simpleEvent(c, "车工", 1, "SINGLE", 0, 0, "BLOCK"));
        List<String> regs = Fixtures.register(e, List.of(Map.of("name", "赵磊", "username", "competitor"), Map.of("name", "钱七")));
        List<String> panel = Fixtures.judges(e, List.of(Map.of("name", "张伟", "role", "JUDGE", "username", "judge")));
        Fixtures.status(c, "RUNNING");
        Fixtures.submit(GraphQL.as("judge"), e, null, List.of(mark(regs.get(0), "final", "A1", 1, null, 6),
                mark(regs.get(1), "final", "A1", 1, null, 8)));

        JsonPath judge = GraphQL.as("judge").run("{ me { judgeAssignments { id role event { id name } } } }");
        assertThat(judge.<Map<String, Object>>getList("data.me.judgeAssignments")).anySatisfy(a -> {
            assertThat(a).containsEntry("id", panel.get(0)).containsEntry("role", "JUDGE");
            assertThat(((Map<?, ?>) a.get("event")).get("id")).isEqualTo(e);
        });

        JsonPath worker = GraphQL.as("competitor").run("{ me { person { registrations { id event { name } standing { rank total } } } } }");
        assertThat(worker.<Map<String, Object>>getList("data.me.person.registrations")).anySatisfy(r -> {
            assertThat(r).containsEntry("id", regs.get(0));
            Map<?, ?> standing = (Map<?, ?>) r.get("standing");
            assertThat(standing.get("rank")).isEqualTo(2);
            assertThat(standing.get("total")).isEqualTo(6.0f);
        });
        JsonPath other = GraphQL.as("viewer").run("query($id: ID!) { node(id: $id) { ... on Registration { competitor { registrations { id } } } } }",
                "id", regs.get(0));
        assertThat(other.getList("data.node.competitor.registrations")).isEmpty();
    }
}
