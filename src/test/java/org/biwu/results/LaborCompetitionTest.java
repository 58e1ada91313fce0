package org.biwu.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.GraphQL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A major-project labor competition (重点工程劳动竞赛): the project's sections (标段), each run by
 * a unit such as 中铁一局三分部, are assessed every quarter on quantified indicators (设标定量计分:
 * quality, safety, schedule, innovation and civilised construction, RULES.md "Labor competitions").
 * Each quarter is a round; its ranking carries the earlier quarters' totals, so the standings
 * are cumulative over the year. The assessment group's sheet is typed in by a scorekeeper.
 */
@QuarkusTest
class LaborCompetitionTest {

    static final GraphQL SCOREKEEPER = GraphQL.as("scorekeeper");

    static final List<String> PERIODS = List.of("2026-Q1", "2026-Q2", "2026-Q3");

    /** The indicators, in the column order of the sheets below: aspect code → module. */
    static final Map<String, String> INDICATORS = linked(
            "quality-index", "quality", "safety-index", "safety", "schedule-index", "schedule",
            "technical-innovation", "innovation", "civilised-site", "innovation");

    /** Module weights of every period. */
    static final Map<String, BigDecimal> WEIGHTS = linked(
            "quality", new BigDecimal("0.30"), "safety", new BigDecimal("0.30"), "schedule", new BigDecimal("0.25"),
            "innovation", new BigDecimal("0.15"));

    static final String CREC1 = "中铁一局三分部";
    static final String CREC12 = "中铁十二局二分部";
    static final String CCCC = "中交二航局五分部";
    static final String CSCEC = "中建三局一分部";

    /** The assessment group's sheets: 质量 安全 进度 技术创新 文明施工, per unit and quarter. */
    static final Map<String, String> SHEETS = linked(
            "2026-Q1", """
                    中铁一局三分部     95    96    90      50      38
                    中铁十二局二分部   92    94    93.5    45      36
                    中交二航局五分部   90    92    88      40      35
                    中建三局一分部     93    90    91      42      37
                    """,
            "2026-Q2", """
                    中铁一局三分部     90    92    88      45      36
                    中铁十二局二分部   94    95    92      48      38
                    中交二航局五分部   91    93    90      44      36
                    中建三局一分部     95    95    94      46      38
                    """,
            "2026-Q3", """
                    中铁一局三分部     94    93    89.2    43.2    36
                    中铁十二局二分部   90    91    89      42      35
                    中交二航局五分部   95    96    93      52      39
                    中建三局一分部     92    93    90      44      36
                    """);

    String event;
    Map<String, String> registrationOf;

    @BeforeEach
    void aYearOfQuarterlyAssessments() {
        String competition = Fixtures.competition("2026年沿江高铁重点工程劳动竞赛", "LABOR", "INDUSTRY");
        event = Fixtures.event(Map.of("competitionId", competition, "name", "标段综合考评", "format", "INDIVIDUAL",
                "rounds", List.of(period("2026-Q1", "2026年第一季度", List.of()),
                        period("2026-Q2", "2026年第二季度", List.of("2026-Q1")),
                        period("2026-Q3", "2026年第三季度", List.of("2026-Q1", "2026-Q2")))));
        // a unit is registered through its project manager (项目经理), the unit named as the team
        List<String> regs = Fixtures.register(event, List.of(
                Map.of("name", "王建军", "team", CREC1, "affiliation", "中铁一局"),
                Map.of("name", "李国强", "team", CREC12, "affiliation", "中铁十二局"),
                Map.of("name", "陈志远", "team", CCCC, "affiliation", "中交二航局"),
                Map.of("name", "赵海涛", "team", CSCEC, "affiliation", "中建三局")));
        registrationOf = Map.of(CREC1, regs.get(0), CREC12, regs.get(1), CCCC, regs.get(2), CSCEC, regs.get(3));
        String assessors = Fixtures.judges(event, List.of(
                Map.of("name", "竞赛考核组", "affiliation", "沿江高铁建设指挥部", "role", "JUDGE"),
                Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper"))).get(0);
        Fixtures.declare(competition);
        Fixtures.status(competition, "RUNNING");
        for (String period : PERIODS) {
            typeInTheSheet(period, assessors);
        }
    }

    @Test
    void everyQuartersRankingAddsTheEarlierQuartersTotals() {
        Map<String, BigDecimal> cumulative = new HashMap<>();
        for (String period : PERIODS) {
            Map<String, BigDecimal> periodTotals = new HashMap<>();
            sheet(period).forEach((unit, values) -> periodTotals.put(unit, periodTotal(values)));
            periodTotals.forEach((unit, total) -> cumulative.merge(unit, total, BigDecimal::add));

            Map<String, Standing> board = leaderboard(period);
            assertThat(board.keySet()).as(period).containsExactlyInAnyOrder(CREC1, CREC12, CCCC, CSCEC);
            for (String unit : board.keySet()) {
                Standing s = board.get(unit);
                assertThat(s.roundTotal()).as("%s %s period total", period, unit).isEqualByComparingTo(periodTotals.get(unit));
                assertThat(s.total()).as("%s %s cumulative total", period, unit).isEqualByComparingTo(cumulative.get(unit));
                assertThat(s.rank()).as("%s %s rank", period, unit).isEqualTo(rank(cumulative, unit));
            }
        }
    }

    @Test
    void inTheSecondQuarterAUnitOvertakesTheLeaderThanksToItsCarriedOverTotal() {
        Map<String, Standing> q1 = leaderboard("2026-Q1");
        assertThat(q1.get(CREC1).rank()).isEqualTo(1);
        assertThat(q1.get(CREC12).rank()).isEqualTo(2);
        assertThat(q1.get(CSCEC).rank()).isEqualTo(3);

        Map<String, Standing> q2 = leaderboard("2026-Q2");
        // 中建三局一分部 has the best second quarter (93.10), but carries only 89.50 from the first
        assertThat(q2.values().stream().map(Standing::roundTotal).max(BigDecimal::compareTo)).contains(q2.get(CSCEC).roundTotal());
        assertThat(q2.get(CSCEC).roundTotal()).isEqualByComparingTo("93.10");
        // 中铁十二局二分部: 91.33 carried + 92.60 = 183.93 passes 中铁一局三分部's 93.00 + 88.75 = 181.75
        assertThat(q2.get(CREC12).total()).isEqualByComparingTo("183.93");
        assertThat(q2.get(CREC12).rank()).isEqualTo(1);
        assertThat(q2.get(CSCEC).total()).isEqualByComparingTo("182.60");
        assertThat(q2.get(CSCEC).rank()).isEqualTo(2);
        assertThat(q2.get(CREC1).total()).isEqualByComparingTo("181.75");
        assertThat(q2.get(CREC1).rank()).isEqualTo(3);
    }

    @Test
    void unitsWithEqualCumulativeTotalsShareARankWhateverTheirQuarters() {
        Map<String, Standing> q3 = leaderboard("2026-Q3");
        // 93.00 + 88.75 + 90.28 = 91.33 + 92.60 + 88.10 = 272.03
        assertThat(q3.get(CREC1).total()).isEqualByComparingTo("272.03");
        assertThat(q3.get(CREC12).total()).isEqualByComparingTo("272.03");
        assertThat(q3.get(CSCEC).rank()).isEqualTo(1);
        assertThat(q3.get(CREC1).rank()).isEqualTo(2);
        assertThat(q3.get(CREC12).rank()).isEqualTo(2);
        // the best third quarter (94.20) is not enough to catch up: fourth, 0.28 behind
        assertThat(q3.get(CCCC).roundTotal()).isEqualByComparingTo("94.20");
        assertThat(q3.get(CCCC).total()).isEqualByComparingTo("271.75");
        assertThat(q3.get(CCCC).rank()).isEqualTo(4);
    }

    // ------------------------------------------------------------ the scheme and the sheets

    static Map<String, Object> period(String code, String name, List<String> carried) {
        List<Map<String, Object>> modules = new ArrayList<>();
        modules.add(module("quality", "质量", indicator("quality-index", "工程质量", 100)));
        modules.add(module("safety", "安全", indicator("safety-index", "安全生产", 100)));
        modules.add(module("schedule", "进度", indicator("schedule-index", "施工进度", 100)));
        modules.add(module("innovation", "创新", indicator("technical-innovation", "技术创新", 60),
                indicator("civilised-site", "文明施工", 40)));
        return Map.of("code", code, "name", name, "rankingIncludes", carried, "modules", modules);
    }

    @SafeVarargs
    static Map<String, Object> module(String code, String name, Map<String, Object>... indicators) {
        return Map.of("code", code, "name", name, "weight", WEIGHTS.get(code).doubleValue(), "aspects", List.of(indicators));
    }

    /** A quantified indicator, one value from the assessment group. */
    static Map<String, Object> indicator(String code, String name, double maxMark) {
        return Map.of("code", code, "name", name, "kind", "MEASUREMENT", "maxMark", maxMark, "judges", 1,
                "aggregation", "SINGLE");
    }

    /** unit → the indicator values of one period, in the order of {@link #INDICATORS}. */
    static Map<String, List<BigDecimal>> sheet(String period) {
        Map<String, List<BigDecimal>> sheet = new LinkedHashMap<>();
        for (String line : SHEETS.get(period).strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                values.add(new BigDecimal(cells[i]));
            }
            sheet.put(cells[0], values);
        }
        return sheet;
    }

    void typeInTheSheet(String period, String assessors) {
        List<Map<String, Object>> marks = new ArrayList<>();
        sheet(period).forEach((unit, values) -> {
            List<String> aspects = List.copyOf(INDICATORS.keySet());
            for (int i = 0; i < aspects.size(); i++) {
                marks.add(Fixtures.mark(registrationOf.get(unit), period, aspects.get(i), 1, assessors, values.get(i).doubleValue()));
            }
        });
        // the sheet's number, unique in this competition, makes typing it in again harmless
        JsonPath r = Fixtures.submit(SCOREKEEPER, event, "sheet-" + event + "-" + period, marks);
        assertThat(r.getList("data.submitMarks.userErrors")).as(period).isEmpty();
        assertThat(r.getInt("data.submitMarks.accepted")).isEqualTo(marks.size());
    }

    /** The period's own total, as the organizer's spreadsheet has it: Σ weight × module score, to 2 decimals half up. */
    static BigDecimal periodTotal(List<BigDecimal> values) {
        List<String> modules = List.copyOf(INDICATORS.values());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            total = total.add(WEIGHTS.get(modules.get(i)).multiply(values.get(i)));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** Standard competition ranking: one more than the number of units ahead. */
    static int rank(Map<String, BigDecimal> totals, String unit) {
        return 1 + (int) totals.values().stream().filter(t -> t.compareTo(totals.get(unit)) > 0).count();
    }

    // ------------------------------------------------------------ reading the standings

    record Standing(Integer rank, BigDecimal total, BigDecimal roundTotal) {
    }

    /** unit → its line of the period's leaderboard (as the organizer sees it), numbers exactly as sent. */
    Map<String, Standing> leaderboard(String period) {
        String body = given().auth().oauth2(Tokens.of("organizer")).contentType(ContentType.JSON)
                .body(Map.of("query", """
                        query($id: ID!, $round: String) { event(id: $id) { leaderboard(round: $round) {
                          entries { rank total roundTotal registration { team } } } } }""",
                        "variables", Map.of("id", event, "round", period)))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        JsonNode entries;
        try {
            entries = EXACT.readTree(body).path("data").path("event").path("leaderboard").path("entries");
        } catch (JsonProcessingException e) {
            throw new AssertionError("unreadable answer: " + body, e);
        }
        assertThat(entries.isArray()).as("leaderboard of %s: %s", period, body).isTrue();
        Map<String, Standing> board = new LinkedHashMap<>();
        for (JsonNode e : entries) {
            board.put(e.path("registration").path("team").asText(), new Standing(
                    e.path("rank").isNull() ? null : e.path("rank").asInt(), decimal(e.path("total")), decimal(e.path("roundTotal"))));
        }
        return board;
    }

    private static BigDecimal decimal(JsonNode number) {
        return number.isNull() ? null : number.decimalValue();
    }

    /** Reads JSON numbers as the decimals they are written as. */
    static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> linked(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
