package org.biwu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biwu.results.LaborCompetitionChainTest.CITY;
import static org.biwu.results.LaborCompetitionChainTest.jinan;
import static org.biwu.results.LaborCompetitionChainTest.ok;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.biwu.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code laborStatistics} over several competitions of a fresh district under 济南 (and one of a
 * workshop below it): counted in total, by month and by level; a competition not approved, a skill
 * competition and one of another year are not counted; a withdrawn unit is not a unit.
 */
@QuarkusTest
class LaborStatisticsTest {

    @Test
    void countsTheSubtreesApprovedLaborCompetitionsOfTheYearByMonthAndLevel() {
        String district = organization("统计区总工会-" + UUID.randomUUID(), "FEDERATION", jinan());
        String workshop = organization("统计车间-" + UUID.randomUUID(), "DEPARTMENT", district);
        // March: a district competition with two units (30 + 20 workers) and one of the workshop's with one unit (1 member)
        approved(district, "DISTRICT", "2026-03-02", List.of(unit("一号项目部", 30), unit("二号项目部", 20)));
        approved(workshop, "ENTERPRISE", "2026-03-20", List.of(Map.of("name", "岗位能手", "team", "钳工班")));
        // May: a district competition with three units, one of them withdrawn
        List<String> may = approved(district, "DISTRICT", "2026-05-10", List.of(unit("甲", 5), unit("乙", 6), unit("丙", 7)));
        ok(CITY.run("mutation($id: ID!) { withdrawRegistration(id: $id, reason: \"退出\") { userErrors { message } } }", "id", may.get(2)),
                "withdrawRegistration");
        // not counted: a declared one not yet approved, a skill competition, one of 2025
        competition(district, "LABOR", "DISTRICT", "2026-04-01", List.of(unit("未批准", 99)), false);
        competition(district, "SKILL", "DISTRICT", "2026-04-01", List.of(unit("技能", 99)), false);
        approved(district, "DISTRICT", "2025-12-31", List.of(unit("去年", 99)));

        JsonPath r = CITY.run("""
                query($o: ID!) { organization(id: $o) { laborStatistics(year: 2026) { competitions units workerParticipations commendedUnits
                  byMonth { month competitions units workerParticipations } byLevel { level competitions units workerParticipations } } } }""",
                "o", district);
        assertThat(r.getMap("data.organization.laborStatistics")).containsEntry("competitions", 3).containsEntry("units", 5)
                .containsEntry("workerParticipations", 30 + 20 + 1 + 5 + 6).containsEntry("commendedUnits", 0);
        assertThat(r.getList("data.organization.laborStatistics.byMonth", Map.class)).containsExactly(
                Map.of("month", 3, "competitions", 2, "units", 3, "workerParticipations", 51),
                Map.of("month", 5, "competitions", 1, "units", 2, "workerParticipations", 11));
        assertThat(r.getList("data.organization.laborStatistics.byLevel", Map.class)).containsExactly(
                Map.of("level", "DISTRICT", "competitions", 2, "units", 4, "workerParticipations", 61),
                Map.of("level", "ENTERPRISE", "competitions", 1, "units", 1, "workerParticipations", 1));
        // the workshop's subtree holds its own competition only
        assertThat(CITY.run("query($o: ID!) { organization(id: $o) { laborStatistics(year: 2026) { competitions units } } }", "o", workshop)
                .getMap("data.organization.laborStatistics")).containsEntry("competitions", 1).containsEntry("units", 1);
    }

    private static Map<String, Object> unit(String team, int workers) {
        return Map.of("name", team + "负责人", "team", team, "participants", workers);
    }

    private static String organization(String name, String kind, String parent) {
        return ok(CITY.run("""
                mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } userErrors { message } } }""",
                "in", Map.of("name", name, "kind", kind, "parentId", parent)), "createOrganization")
                .getString("data.createOrganization.organization.id");
    }

    /** A labor competition of {@code organization} declared to the organization above and approved there by 济南's organizer. */
    private static List<String> approved(String organization, String level, String startsOn, List<Map<String, Object>> units) {
        return competition(organization, "LABOR", level, startsOn, units, true);
    }

    private static List<String> competition(String organization, String kind, String level, String startsOn,
                                            List<Map<String, Object>> units, boolean approve) {
        String competition = ok(CITY.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) { competition { id } userErrors { message } } }""",
                "in", Map.of("name", "统计用竞赛-" + UUID.randomUUID(), "kind", kind, "level", level, "organizationId", organization,
                        "startsOn", startsOn)), "createCompetition").getString("data.createCompetition.competition.id");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "综合考评", 1, "SINGLE", 0, 0, "BLOCK"), CITY);
        List<String> registrations = Fixtures.register(event, units, CITY);
        if (kind.equals("LABOR")) {
            ok(CITY.run("mutation($id: ID!) { declareCompetition(id: $id) { userErrors { message } } }", "id", competition), "declareCompetition");
            if (approve) {
                ok(CITY.run("""
                        mutation($id: ID!) { reviewCompetition(input: {competitionId: $id, decision: APPROVE}) { userErrors { message } } }""",
                        "id", competition), "reviewCompetition");
            }
        }
        return registrations;
    }
}
