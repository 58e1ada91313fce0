package org.biwu.testing;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Competitions set up through the API the way an organizer does it. */
public final class Fixtures {

    private Fixtures() {
    }

    public static final GraphQL ORGANIZER = GraphQL.as("organizer");

    public static String competition(String name, String kind, String level) {
        return ORGANIZER.run("""
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) {
                  competition { id } userErrors { field message code } } }""",
                "in", Map.of("name", name, "kind", kind, "level", level))
                .getString("data.createCompetition.competition.id");
    }

    /** Creates an event; fails the test on user errors. */
    public static String event(Map<String, Object> input) {
        return event(input, ORGANIZER);
    }

    /** Creates an event as {@code organizer}; fails the test on user errors. */
    public static String event(Map<String, Object> input, GraphQL organizer) {
        JsonPath r = organizer.run("""
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { field message code } } }""",
                "in", input);
        List<?> errors = r.getList("data.createEvent.userErrors");
        if (!errors.isEmpty()) {
            throw new AssertionError("createEvent refused: " + errors);
        }
        return r.getString("data.createEvent.event.id");
    }

    /** Registers competitors; returns their registration ids in order. */
    public static List<String> register(String eventId, List<Map<String, Object>> competitors) {
        return register(eventId, competitors, ORGANIZER);
    }

    /** Registers competitors as {@code organizer}; returns their registration ids in order. */
    public static List<String> register(String eventId, List<Map<String, Object>> competitors, GraphQL organizer) {
        JsonPath r = organizer.run("""
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                  registrations { id bib } userErrors { field message code } } }""",
                "in", Map.of("eventId", eventId, "competitors", competitors));
        List<?> errors = r.getList("data.registerCompetitors.userErrors");
        if (!errors.isEmpty()) {
            throw new AssertionError("registerCompetitors refused: " + errors);
        }
        return r.getList("data.registerCompetitors.registrations.id", String.class);
    }

    /** Assigns a panel; returns the assignment ids in order. */
    public static List<String> judges(String eventId, List<Map<String, Object>> judges) {
        JsonPath r = ORGANIZER.run("""
                mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id } userErrors { field message code } } }""",
                "in", Map.of("eventId", eventId, "judges", judges));
        List<?> errors = r.getList("data.assignJudges.userErrors");
        if (!errors.isEmpty()) {
            throw new AssertionError("assignJudges refused: " + errors);
        }
        return r.getList("data.assignJudges.judges.id", String.class);
    }

    /**
     * Declares a labor competition of the default organizer's organization (a root: approved at its own
     * level at once), so that it may leave DRAFT; fails the test when refused.
     */
    public static void declare(String competitionId) {
        JsonPath r = ORGANIZER.run("""
                mutation($id: ID!) { declareCompetition(id: $id) { competition { approval { status } } userErrors { message } } }""",
                "id", competitionId);
        if (!r.getList("data.declareCompetition.userErrors").isEmpty()) {
            throw new AssertionError("declareCompetition refused: " + r.getList("data.declareCompetition.userErrors"));
        }
    }

    public static void status(String competitionId, String status) {
        JsonPath r = ORGANIZER.run("""
                mutation($id: ID!, $s: CompetitionStatus!) { setCompetitionStatus(id: $id, status: $s) {
                  competition { status } userErrors { message } } }""", "id", competitionId, "s", status);
        if (!r.getList("data.setCompetitionStatus.userErrors").isEmpty()) {
            throw new AssertionError("setCompetitionStatus refused: " + r.getList("data.setCompetitionStatus.userErrors"));
        }
    }

    public static JsonPath submit(GraphQL as, String eventId, String key, List<Map<String, Object>> marks) {
        Map<String, Object> in = new java.util.HashMap<>();
        in.put("eventId", eventId);
        in.put("marks", marks);
        if (key != null) {
            in.put("idempotencyKey", key);
        }
        return as.run("""
                mutation($in: SubmitMarksInput!) { submitMarks(input: $in) {
                  accepted leaderboardVersion userErrors { field message code } } }""", "in", in);
    }

    public static Map<String, Object> mark(String registrationId, String round, String aspect, int attempt, String judgeId,
                                           double value) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("registrationId", registrationId);
        m.put("round", round);
        m.put("aspect", aspect);
        m.put("attempt", attempt);
        m.put("value", value);
        if (judgeId != null) {
            m.put("judgeId", judgeId);
        }
        return m;
    }

    /** A one-round event of one module with one aspect. */
    public static Map<String, Object> simpleEvent(String competitionId, String name, int judges, String aggregation,
                                                  int dropHighest, int dropLowest, String conflictPolicy) {
        return Map.of("competitionId", competitionId, "name", name, "format", "INDIVIDUAL", "conflictPolicy", conflictPolicy,
                "rounds", List.of(Map.of("code", "final", "name", "决赛", "modules", List.of(Map.of(
                        "code", "practical", "name", "技能操作", "weight", 1.0, "aspects", List.of(Map.of(
                                "code", "A1", "name", "焊缝外观", "kind", "JUDGEMENT", "maxMark", 10.0, "judges", judges,
                                "aggregation", aggregation, "dropHighest", dropHighest, "dropLowest", dropLowest)))))));
    }

    public static final String LEADERBOARD = """
            query($id: ID!, $round: String) { event(id: $id) { leaderboard(round: $round) { round version frozen
              entries { rank total roundTotal complete advanced award registration { id bib competitor { name } }
                modules { module score passed aspects { aspect score complete attempts { attempt score marksIn marksExpected } } } } } } }""";
}
