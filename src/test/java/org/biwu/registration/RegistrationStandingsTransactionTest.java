package org.biwu.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.biwu.api.NodeId;
import org.biwu.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * New registrations and the standings' change that puts them on the boards are committed in one
 * transaction: when recording the change fails, no registration is stored either, and nothing is
 * left half-done for a retry to trip over.
 */
@QuarkusTest
class RegistrationStandingsTransactionTest {

    static final String REGISTER = """
            mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
              registrations { id bib } userErrors { field code message } } }""";

    @Inject
    Pool pool;

    @Test
    void whenTheStandingsChangeCannotBeRecordedNoRegistrationIsStored() {
        String c = Fixtures.competition("报名与排名同一事务", "SKILL", "ENTERPRISE");
        String eventId = Fixtures.event(Fixtures.simpleEvent(c, "电工", 1, "SINGLE", 0, 0, "BLOCK"));
        long event = NodeId.parse("Event", eventId);
        Map<String, Object> in = Map.of("eventId", eventId, "competitors", List.of(Map.of("name", "张三"), Map.of("name", "李四")));

        // recording this event's standings change fails, after the registrations were inserted in the same transaction
        sql("create function refuse_standings_touch() returns trigger language plpgsql as $$ begin "
                + "if new.event_id = " + event + " then raise exception 'standings change refused by the test'; end if; "
                + "return new; end $$");
        sql("create trigger refuse_standings_touch before insert on standings_touch for each row execute function refuse_standings_touch()");
        JsonPath refused;
        try {
            refused = Fixtures.ORGANIZER.raw(REGISTER, "in", in);
        } finally {
            sql("drop trigger refuse_standings_touch on standings_touch");
            sql("drop function refuse_standings_touch()");
        }
        assertThat(refused.getList("errors")).isNotEmpty();
        assertThat(registrationsOf(event)).isZero();
        assertThat(registrationMembersOf(event)).isZero();

        // the same registering goes through once the change can be recorded: the bibs were not taken
        JsonPath stored = Fixtures.ORGANIZER.run(REGISTER, "in", in);
        assertThat(stored.getList("data.registerCompetitors.userErrors")).isEmpty();
        assertThat(stored.getList("data.registerCompetitors.registrations.bib")).containsExactly("1", "2");
        assertThat(registrationsOf(event)).isEqualTo(2);
        assertThat(Fixtures.ORGANIZER.run(Fixtures.LEADERBOARD, "id", eventId, "round", "final")
                .getList("data.event.leaderboard.entries")).hasSize(2);
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(Duration.ofSeconds(10));
    }

    private long registrationsOf(long event) {
        return pool.preparedQuery("select count(*) from registration where event_id = $1").execute(Tuple.of(event))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private long registrationMembersOf(long event) {
        return pool.preparedQuery("select count(*) from registration_member m join registration r on r.id = m.registration_id "
                        + "where r.event_id = $1").execute(Tuple.of(event))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
