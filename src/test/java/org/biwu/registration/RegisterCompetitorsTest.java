package org.biwu.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.biwu.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Registering competitors and teams: bibs, national id numbers, the same person across competitions. */
@QuarkusTest
class RegisterCompetitorsTest {

    static final String REGISTER = """
            mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
              registrations { id bib team affiliation status competitor { id name nationalIdMasked skillLevel category }
                members { name } }
              userErrors { field message code } } }""";

    /** A valid resident id number (GB 11643-1999 check character X). */
    static final String NATIONAL_ID = "11010519491231002X";

    String individualEvent() {
        String c = Fixtures.competition("钳工比武", "SKILL", "ENTERPRISE");
        return Fixtures.event(Fixtures.simpleEvent(c, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
    }

    @Test
    void bibsAreAssignedWhenAbsentAndNationalIdsAreMasked() {
        String e = individualEvent();
        JsonPath r = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", e, "competitors", List.of(
                Map.of("name", "刘强", "affiliation", "一车间", "bib", "7"),
                Map.of("name", "陈红", "affiliation", "二车间", "nationalId", NATIONAL_ID.toLowerCase(), "skillLevel", "SENIOR",
                        "category", "EMPLOYEE"),
                Map.of("name", "黄磊"))));
        assertThat(r.getList("data.registerCompetitors.registrations.bib")).containsExactly("7", "8", "9");
        assertThat(r.getString("data.registerCompetitors.registrations[1].competitor.nationalIdMasked")).isEqualTo("110***********002X");
        assertThat(r.getString("data.registerCompetitors.registrations[0].affiliation")).isEqualTo("一车间");
        assertThat(r.getString("data.registerCompetitors.registrations[2].status")).isEqualTo("APPROVED");
    }

    @Test
    void theSameNationalIdIsTheSamePersonInEveryCompetition() {
        String a = individualEvent();
        String b = individualEvent();
        String first = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", a, "competitors", List.of(
                Map.of("name", "孙悦", "nationalId", "110101199003070070"))))
                .getString("data.registerCompetitors.registrations[0].competitor.id");
        String second = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", b, "competitors", List.of(
                Map.of("name", "孙悦", "nationalId", "110101199003070070"))))
                .getString("data.registerCompetitors.registrations[0].competitor.id");
        assertThat(first).startsWith("Person:");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aBadRosterIsRefusedWholeWithEveryProblemNamed() {
        String e = individualEvent();
        JsonPath r = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", e, "competitors", List.of(
                Map.of("name", "甲", "bib", "1"),
                Map.of("name", "乙", "bib", "1"),
                Map.of("name", "丙", "nationalId", "110105194912310021"),
                Map.of("name", " "))));
        assertThat(r.getString("data.registerCompetitors.registrations")).isNull();
        assertThat(r.getList("data.registerCompetitors.userErrors.message", String.class)).containsExactly(
                "competitor 2, bib: bib 1 is also given to competitor 1",
                "competitor 3, national id number: the check character should be X, not 1",
                "competitor 4, name: must not be blank");
        assertThat(Fixtures.ORGANIZER.run("query($id: ID!) { event(id: $id) { registrations { totalCount } } }", "id", e)
                .getInt("data.event.registrations.totalCount")).isZero();
    }

    @Test
    void aPersonIsRegisteredOnceInAnEvent() {
        String e = individualEvent();
        Fixtures.register(e, List.of(Map.of("name", "周洁", "nationalId", "110101199003070097")));
        JsonPath r = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", e, "competitors", List.of(
                Map.of("name", "周洁", "nationalId", "110101199003070097"))));
        assertThat(r.getList("data.registerCompetitors.userErrors.code")).containsExactly("DUPLICATE");
    }

    @Test
    void aTeamRegistersAllItsMembersTheCompetitorFirst() {
        String c = Fixtures.competition("班组技能竞赛", "SKILL", "ENTERPRISE");
        Map<String, Object> event = new java.util.HashMap<>(Fixtures.simpleEvent(c, "电工双人赛", 1, "SINGLE", 0, 0, "BLOCK"));
        event.put("format", "TEAM");
        event.put("teamSize", 2);
        String e = Fixtures.event(event);
        JsonPath r = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", e, "competitors", List.of(
                Map.of("name", "马超", "team", "检修一班", "members", List.of(Map.of("name", "牛犇"))),
                Map.of("name", "杨帆", "team", "检修二班"))));
        assertThat(r.getList("data.registerCompetitors.userErrors.message", String.class)).containsExactly(
                "competitor 2, team members: a team of this event has 2 members: the competitor and 1 more, not 0");
        JsonPath ok = Fixtures.ORGANIZER.run(REGISTER, "in", Map.of("eventId", e, "competitors", List.of(
                Map.of("name", "马超", "team", "检修一班", "members", List.of(Map.of("name", "牛犇"))))));
        assertThat(ok.getList("data.registerCompetitors.registrations[0].members.name")).containsExactly("马超", "牛犇");
    }

    @Test
    void onlyOrganizersRegister() {
        String e = individualEvent();
        JsonPath r = org.biwu.testing.GraphQL.as("judge").run(REGISTER, "in", Map.of("eventId", e, "competitors",
                List.of(Map.of("name", "某人"))));
        assertThat(r.getList("data.registerCompetitors.userErrors.code")).containsExactly("FORBIDDEN");
    }
}
