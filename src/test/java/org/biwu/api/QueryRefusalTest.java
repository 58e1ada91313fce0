package org.biwu.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A query refused by a business rule says which rule in {@code extensions.refusal}, for clients to tell it apart. */
@QuarkusTest
class QueryRefusalTest {

    @Test
    void aLeaderboardOfARoundTheEventLacksIsRefusedAsNotFoundNamingTheRound() {
        String competition = Fixtures.competition("查询拒绝测试", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "焊工", 1, "SINGLE", 0, 0, "BLOCK"));

        JsonPath response = Fixtures.ORGANIZER.raw(Fixtures.LEADERBOARD, "id", event, "round", "semifinal");

        List<Map<String, Object>> errors = response.getList("errors");
        assertThat(errors).hasSize(1);
        assertThat(response.getMap("errors[0].extensions.refusal")).containsEntry("code", "NOT_FOUND")
                .containsEntry("field", List.of("round"));
    }

    @Test
    void otherErrorsCarryNoRefusal() {
        JsonPath response = Fixtures.ORGANIZER.raw("{ event(id: \"Event:1\") { noSuchField } }");

        assertThat(response.getList("errors")).isNotEmpty();
        assertThat(response.getString("errors[0].extensions.refusal")).isNull();
    }
}
