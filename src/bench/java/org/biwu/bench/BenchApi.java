package org.biwu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competition the benchmark marks, set up through the GraphQL API as an organizer does it:
 * one event at the scale of a national final (competitors, judged aspects, judges per aspect),
 * its panel with the demo user {@code scorekeeper} as 记分员, results LIVE for the public, RUNNING.
 */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROUND = "final";
    static final String MODULE = "practical";

    /** What the load needs to know of the competition set up. */
    record Competition(String competitionId, String eventId, List<String> registrations, List<String> judges,
                       List<String> aspects, int version) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI graphql;
    private final BenchTokens tokens;

    BenchApi(String baseUrl, BenchTokens tokens) {
        this.graphql = URI.create(baseUrl + "/graphql");
        this.tokens = tokens;
    }

    /** Runs a GraphQL operation as {@code user}; returns {@code data}, failing on top-level errors. */
    JsonNode run(String user, String document, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + tokens.get(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            JsonNode answer = JSON.readTree(r.body());
            if (answer.has("errors") && !answer.path("errors").isEmpty()) {
                throw new IllegalStateException("GraphQL errors: " + answer.path("errors"));
            }
            return answer.path("data");
        } catch (IOException e) {
            throw new IllegalStateException("POST " + graphql + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode accepted(String what, JsonNode payload) {
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException(what + " refused: " + payload.path("userErrors"));
        }
        return payload;
    }

    /** Sets up the competition: {@code competitors} registrations, {@code aspects} aspects marked by {@code judges} judges each. */
    Competition setUp(int competitors, int aspects, int judges) {
        // the service runs in its production profile, without the demo tree: the platform administrator
        // makes the organization that runs the competition and makes the organizer its ORGANIZER
        String organization = accepted("createOrganization", run("admin", """
                mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) {
                  organization { id } userErrors { field message code } } }""",
                Map.of("in", Map.of("name", "基准测试主办单位 " + java.time.Instant.now(), "kind", "FEDERATION"))).path("createOrganization"))
                .path("organization").path("id").asText();
        accepted("grantRole", run("admin", """
                mutation($in: GrantRoleInput!) { grantRole(input: $in) { grant { id } userErrors { field message code } } }""",
                Map.of("in", Map.of("username", "organizer", "role", "ORGANIZER", "organizationId", organization))).path("grantRole"));
        String competition = accepted("createCompetition", run("organizer", """
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) {
                  competition { id } userErrors { field message code } } }""",
                Map.of("in", Map.of("name", "全国职业技能大赛决赛（基准测试）", "kind", "SKILL", "level", "NATIONAL_CLASS_I",
                        "organizerName", "Biwu benchmark", "resultsVisibility", "LIVE", "organizationId", organization)))
                .path("createCompetition")).path("competition").path("id").asText();

        List<String> aspectCodes = new ArrayList<>();
        List<Map<String, Object>> aspectInputs = new ArrayList<>();
        // dropping the highest and the lowest mark when there are at least 5 judges (a trimmed mean)
        int drop = judges >= 5 ? 1 : 0;
        for (int a = 1; a <= aspects; a++) {
            String code = String.format("A%02d", a);
            aspectCodes.add(code);
            Map<String, Object> aspect = new LinkedHashMap<>();
            aspect.put("code", code);
            aspect.put("name", "评分项 " + a);
            aspect.put("kind", "JUDGEMENT");
            aspect.put("maxMark", 10.0);
            aspect.put("judges", judges);
            aspect.put("aggregation", drop > 0 ? "TRIMMED_MEAN" : "MEAN");
            aspect.put("dropHighest", drop);
            aspect.put("dropLowest", drop);
            aspectInputs.add(aspect);
        }
        Map<String, Object> event = Map.of("competitionId", competition, "name", "焊工（决赛）", "format", "INDIVIDUAL",
                "scoreDecimals", 2, "conflictPolicy", "FLAG",
                "awards", List.of(Map.of("name", "金牌", "rankFrom", 1, "rankTo", 1), Map.of("name", "银牌", "rankFrom", 2, "rankTo", 2),
                        Map.of("name", "铜牌", "rankFrom", 3, "rankTo", 3)),
                "rounds", List.of(Map.of("code", ROUND, "name", "决赛", "modules", List.of(Map.of(
                        "code", MODULE, "name", "技能操作", "weight", 1.0, "aspects", aspectInputs)))));
        String eventId = accepted("createEvent", run("organizer", """
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { field message code } } }""",
                Map.of("in", event)).path("createEvent")).path("event").path("id").asText();

        List<String> registrations = new ArrayList<>();
        int batch = 100;
        for (int from = 0; from < competitors; from += batch) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = from; i < Math.min(competitors, from + batch); i++) {
                Map<String, Object> c = new HashMap<>();
                c.put("name", String.format("选手%04d", i + 1));
                c.put("bib", String.format("%04d", i + 1));
                c.put("affiliation", String.format("企业%02d", i % 50 + 1));
                list.add(c);
            }
            accepted("registerCompetitors", run("organizer", """
                    mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                      registrations { id } userErrors { field message code } } }""",
                    Map.of("in", Map.of("eventId", eventId, "competitors", list))).path("registerCompetitors"))
                    .path("registrations").forEach(r -> registrations.add(r.path("id").asText()));
        }

        List<Map<String, Object>> panel = new ArrayList<>();
        for (int j = 1; j <= judges; j++) {
            panel.add(Map.of("name", "裁判员" + j, "role", "JUDGE", "affiliation", "裁判组"));
        }
        panel.add(Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", "scorekeeper"));
        List<String> judgeIds = new ArrayList<>();
        accepted("assignJudges", run("organizer", """
                mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id role } userErrors { field message code } } }""",
                Map.of("in", Map.of("eventId", eventId, "judges", panel))).path("assignJudges")).path("judges")
                .forEach(j -> {
                    if ("JUDGE".equals(j.path("role").asText())) {
                        judgeIds.add(j.path("id").asText());
                    }
                });

        accepted("setCompetitionStatus", run("organizer", """
                mutation($id: ID!) { setCompetitionStatus(id: $id, status: RUNNING) {
                  competition { status } userErrors { field message code } } }""", Map.of("id", competition))
                .path("setCompetitionStatus"));

        // the scorekeeper's first look at the standings also loads the board in the service
        int version = run("scorekeeper", """
                query($id: ID!) { event(id: $id) { leaderboard { version entries { rank } } } }""", Map.of("id", eventId))
                .path("event").path("leaderboard").path("version").asInt();
        if (registrations.size() != competitors || judgeIds.size() != judges) {
            throw new IllegalStateException("set-up incomplete: " + registrations.size() + " registrations, " + judgeIds.size() + " judges");
        }
        return new Competition(competition, eventId, registrations, judgeIds, aspectCodes, version);
    }
}
