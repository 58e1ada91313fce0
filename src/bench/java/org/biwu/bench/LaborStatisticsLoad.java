package org.biwu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A year of a province's labor competitions for the statistics figure (issue 13: 100,000
 * registrations in 5,000 competitions answered in under 1 s): written straight into the benchmark's
 * database in a few set-based statements (a province union, 16 cities, 10 districts each; APPROVED
 * LABOR competitions of the year spread over the districts and the months, one event each, their
 * units with participants, a tenth of them commended), then {@code Organization.laborStatistics}
 * of the province asked through the API, timed as a caller sees it.
 */
final class LaborStatisticsLoad {

    static final int YEAR = 2026;

    /** What was written and what asking took. */
    record Result(long competitions, long registrations, String province, List<Double> millis, JsonNode answer) {

        double median() {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double max() {
            return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private LaborStatisticsLoad() {
    }

    /**
     * Writes {@code competitions} competitions with {@code perCompetition} registrations each under a
     * new province union; returns the province's GraphQL id.
     */
    static String seed(Connection db, int competitions, int perCompetition) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("insert into organization (name, kind, created_by) values ('基准省总工会（统计）', 'FEDERATION', 'bench')");
            long province = single(s, "select id from organization where name = '基准省总工会（统计）' and parent_id is null");
            s.execute("insert into organization (name, kind, parent_id, created_by) select '基准市总工会' || c, 'FEDERATION', " + province
                    + ", 'bench' from generate_series(1, 16) c");
            s.execute("insert into organization (name, kind, parent_id, created_by) select o.name || '第' || d || '区总工会', 'FEDERATION', o.id, "
                    + "'bench' from organization o, generate_series(1, 10) d where o.parent_id = " + province);
            s.execute("create temporary table bench_district as select row_number() over (order by o.id) - 1 as n, o.id from organization o "
                    + "join organization c on c.id = o.parent_id where c.parent_id = " + province);
            s.execute("insert into competition (name, kind, level, status, organization_id, starts_on, ends_on, results_visibility, "
                    + "created_by, approval_status, approved_by) select '基准劳动竞赛' || g, 'LABOR', 'DISTRICT', 'PUBLISHED', d.id, "
                    + "make_date(" + YEAR + ", 1 + g % 12, 1), make_date(" + YEAR + ", 12, 31), 'LIVE', 'bench', 'APPROVED', d.id "
                    + "from generate_series(1, " + competitions + ") g join bench_district d on d.n = g % 160");
            s.execute("insert into event (competition_id, name, format, team_size, score_decimals, conflict_policy, scheme) "
                    + "select c.id, '综合考评', 'INDIVIDUAL', 1, 2, 'BLOCK', '{\"rounds\":[],\"awards\":[],\"tieBreakModules\":[]}' "
                    + "from competition c where c.created_by = 'bench'");
            s.execute("insert into person (name) select '基准项目经理' || g from generate_series(1, 1000) g");
            long firstPerson = single(s, "select min(id) from person where name like '基准项目经理%'");
            s.execute("insert into registration (event_id, person_id, bib, team, participants) select e.id, " + firstPerson
                    + " + (e.id * 7 + u) % 1000, u::text, '参赛单位' || u, case when u % 5 = 0 then null else 20 + (e.id + u) % 80 end "
                    + "from event e join competition c on c.id = e.competition_id, generate_series(1, " + perCompetition + ") u "
                    + "where c.created_by = 'bench'");
            s.execute("insert into registration_member (registration_id, position, person_id) select r.id, 0, r.person_id "
                    + "from registration r join event e on e.id = r.event_id join competition c on c.id = e.competition_id "
                    + "where c.created_by = 'bench'");
            s.execute("insert into final_award (event_id, registration_id, award) select r.event_id, r.id, '先进集体' from registration r "
                    + "join event e on e.id = r.event_id join competition c on c.id = e.competition_id "
                    + "where c.created_by = 'bench' and r.bib in ('1', '2')");
            s.execute("analyze");
            return "Organization:" + province;
        }
    }

    /** Asks for the province's statistics {@code times} times as {@code user}, timing each answer. */
    static Result measure(BenchApi api, String user, String province, int times, long competitions, long registrations) {
        List<Double> millis = new ArrayList<>();
        JsonNode answer = null;
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            answer = api.run(user, """
                    query($o: ID!, $y: Int!) { organization(id: $o) { laborStatistics(year: $y) {
                      competitions units workerParticipations commendedUnits } } }""",
                    Map.of("o", province, "y", YEAR)).path("organization").path("laborStatistics");
            millis.add((System.nanoTime() - t) / 1e6);
        }
        return new Result(competitions, registrations, province, millis, answer);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
