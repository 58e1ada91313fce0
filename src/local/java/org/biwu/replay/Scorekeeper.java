package org.biwu.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.biwu.replay.JudgedFinal.Athlete;
import org.biwu.replay.JudgedFinal.Attempt;
import org.biwu.replay.JudgedFinal.Judge;

/**
 * Loads a published final through the API as it happens on the day: the organizer sets up the
 * competition, the event with the sport's rules, the athletes and the panel (with the demo user
 * {@code scorekeeper} as 记分员) and starts it; the scorekeeper then types in every judge's
 * marks, one submitMarks per dive or run, and watches the leaderboard.
 */
public final class Scorekeeper {

    public static final String ORGANIZER = "organizer";
    public static final String SCOREKEEPER = "scorekeeper";
    /** The event's one round. */
    public static final String ROUND = "final";

    private static final Duration LEADERBOARD_WAIT = Duration.ofSeconds(20);

    private final GraphQLClient api;
    private final Consumer<String> log;

    /** @param log where progress goes, a line at a time */
    public Scorekeeper(GraphQLClient api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    /** A leaderboard line as the scorekeeper sees it. */
    public record Standing(String bib, String name, Integer rank, BigDecimal total, String award, boolean complete) {
    }

    /** One dive or run entered, with the athlete's line of the leaderboard right after it. */
    public record AttemptEntered(Attempt attempt, Standing after) {
    }

    /**
     * @param marks    how many marks were entered
     * @param took     from creating the competition to the final leaderboard
     * @param attempts the marked attempts in the order entered
     */
    public record Replayed(String competitionId, String eventId, int marks, Duration took, List<AttemptEntered> attempts,
                           List<Standing> leaderboard) {

        public List<Standing> top(int n) {
            return leaderboard.subList(0, Math.min(n, leaderboard.size()));
        }
    }

    /**
     * Replays {@code fin}: every attempt with marks, in order, as one submitMarks each.
     *
     * @param over spreads the marks evenly over this time; zero enters them as fast as the API takes them
     */
    public Replayed replay(JudgedFinal fin, Duration over) {
        long t0 = System.nanoTime();
        String competition = createCompetition(fin);
        String event = createEvent(competition, fin);
        Map<String, String> registrations = register(event, fin.athletes());
        List<String> panel = assignPanel(event, fin.judges());
        setRunning(competition);
        log.accept(String.format("%s, %s: %d athletes, %d judges, %d marks to enter%s", fin.competition(), fin.event(),
                fin.athletes().size(), fin.judges().size(), fin.markCount(),
                over.isZero() ? "" : " over " + over.toSeconds() + " s"));

        int total = fin.markCount();
        int sent = 0;
        long start = System.nanoTime();
        int version = 0;
        List<AttemptEntered> entered = new ArrayList<>();
        for (Attempt attempt : fin.attempts()) {
            if (!attempt.marked()) {
                log.accept(String.format("%s %d, %s: not taken (%s)", fin.rules().aspect(), attempt.number(),
                        attempt.athlete().name(), attempt.officialScore() == null ? "DNI" : "no judges' marks"));
                continue;
            }
            sent += attempt.marks().size();
            waitUntil(start + over.toNanos() * sent / total);
            version = submit(event, fin.rules().aspect(), registrations.get(attempt.athlete().bib()), panel, attempt);
            Standing after = standings(event, version).stream()
                    .filter(s -> s.bib().equals(attempt.athlete().bib())).findFirst().orElseThrow();
            entered.add(new AttemptEntered(attempt, after));
            log.accept(String.format("%s %d, %-24s %s%s -> total %s, rank %s", fin.rules().aspect(), attempt.number(),
                    attempt.athlete().name() + ":", attempt.marks().stream().map(BigDecimal::toPlainString)
                            .collect(Collectors.joining(" ")),
                    attempt.difficulty() == null ? "" : " x DD " + attempt.difficulty().toPlainString(),
                    cents(after.total()), after.rank()));
        }
        List<Standing> leaderboard = standings(event, version);
        return new Replayed(competition, event, sent, Duration.ofNanos(System.nanoTime() - t0), entered, leaderboard);
    }

    /** A total to the cent, as published. */
    public static String cents(BigDecimal total) {
        return total == null ? "-" : total.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------ set-up (organizer)

    private String createCompetition(JudgedFinal fin) {
        JsonNode payload = api.run(ORGANIZER, """
                mutation($in: CreateCompetitionInput!) { createCompetition(input: $in) {
                  competition { id } userErrors { field message code } } }""",
                Map.of("in", Map.of("name", fin.competition(), "kind", "SKILL", "level", "INTERNATIONAL",
                        "organizerName", fin.organizer()))).path("createCompetition");
        return accepted("createCompetition", payload).path("competition").path("id").asText();
    }

    private String createEvent(String competition, JudgedFinal fin) {
        JudgedFinal.Rules r = fin.rules();
        Map<String, Object> aspect = new LinkedHashMap<>();
        aspect.put("code", r.aspect());
        aspect.put("name", r.aspectName());
        aspect.put("kind", "JUDGEMENT");
        aspect.put("maxMark", r.maxMark());
        aspect.put("judges", r.judges());
        aspect.put("aggregation", r.aggregation());
        aspect.put("dropHighest", r.dropHighest());
        aspect.put("dropLowest", r.dropLowest());
        aspect.put("attempts", r.attempts());
        aspect.put("attemptCombination", r.attemptCombination());
        aspect.put("difficulty", fin.attempts().stream().anyMatch(a -> a.difficulty() != null));
        List<Map<String, Object>> awards = new ArrayList<>();
        for (int place = 1; place <= JudgedFinal.MEDALS.size(); place++) {
            awards.add(Map.of("name", JudgedFinal.MEDALS.get(place - 1), "rankFrom", place, "rankTo", place));
        }
        Map<String, Object> input = Map.of("competitionId", competition, "name", fin.event(), "format", "INDIVIDUAL",
                "scoreDecimals", 2, "conflictPolicy", "FLAG", "awards", awards,
                "rounds", List.of(Map.of("code", ROUND, "name", "决赛", "modules", List.of(Map.of(
                        "code", r.module(), "name", r.moduleName(), "weight", 1.0, "aspects", List.of(aspect))))));
        JsonNode payload = api.run(ORGANIZER, """
                mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } userErrors { field message code } } }""",
                Map.of("in", input)).path("createEvent");
        return accepted("createEvent", payload).path("event").path("id").asText();
    }

    /** Registers the athletes with their start numbers; returns bib → registration id. */
    private Map<String, String> register(String event, List<Athlete> athletes) {
        List<Map<String, Object>> competitors = new ArrayList<>();
        for (Athlete a : athletes) {
            Map<String, Object> c = new HashMap<>();
            c.put("name", a.name());
            c.put("bib", a.bib());
            if (a.affiliation() != null) {
                c.put("affiliation", a.affiliation());
            }
            competitors.add(c);
        }
        JsonNode payload = api.run(ORGANIZER, """
                mutation($in: RegisterCompetitorsInput!) { registerCompetitors(input: $in) {
                  registrations { id bib } userErrors { field message code } } }""",
                Map.of("in", Map.of("eventId", event, "competitors", competitors))).path("registerCompetitors");
        Map<String, String> byBib = new HashMap<>();
        accepted("registerCompetitors", payload).path("registrations")
                .forEach(r -> byBib.put(r.path("bib").asText(), r.path("id").asText()));
        return byBib;
    }

    /** The judges in panel order, then the scorekeeper; returns the judges' assignment ids in panel order. */
    private List<String> assignPanel(String event, List<Judge> judges) {
        List<Map<String, Object>> panel = new ArrayList<>();
        for (Judge j : judges) {
            Map<String, Object> p = new HashMap<>();
            p.put("name", j.name());
            p.put("role", "JUDGE");
            if (j.affiliation() != null) {
                p.put("affiliation", j.affiliation());
            }
            panel.add(p);
        }
        panel.add(Map.of("name", "刘芳", "role", "SCOREKEEPER", "username", SCOREKEEPER));
        JsonNode payload = api.run(ORGANIZER, """
                mutation($in: AssignJudgesInput!) { assignJudges(input: $in) { judges { id } userErrors { field message code } } }""",
                Map.of("in", Map.of("eventId", event, "judges", panel))).path("assignJudges");
        List<String> ids = new ArrayList<>();
        accepted("assignJudges", payload).path("judges").forEach(j -> ids.add(j.path("id").asText()));
        return ids.subList(0, judges.size());
    }

    private void setRunning(String competition) {
        JsonNode payload = api.run(ORGANIZER, """
                mutation($id: ID!) { setCompetitionStatus(id: $id, status: RUNNING) {
                  competition { status } userErrors { field message code } } }""", Map.of("id", competition))
                .path("setCompetitionStatus");
        accepted("setCompetitionStatus", payload);
    }

    // ------------------------------------------------------------ marks (scorekeeper)

    /**
     * Enters one attempt's marks, each on behalf of its judge; returns the leaderboard version
     * the change made. A failed request is sent again with the same idempotency key: whatever
     * reached the server is stored once.
     */
    private int submit(String event, String aspect, String registration, List<String> panel, Attempt attempt) {
        List<Map<String, Object>> marks = new ArrayList<>();
        for (int j = 0; j < attempt.marks().size(); j++) {
            Map<String, Object> m = new HashMap<>();
            m.put("registrationId", registration);
            m.put("round", ROUND);
            m.put("aspect", aspect);
            m.put("attempt", attempt.number());
            m.put("judgeId", panel.get(j));
            m.put("value", attempt.marks().get(j));
            if (attempt.difficulty() != null) {
                m.put("difficulty", attempt.difficulty());
            }
            marks.add(m);
        }
        String key = "replay/" + event + "/" + attempt.athlete().bib() + "/" + attempt.number();
        Map<String, Object> input = Map.of("eventId", event, "idempotencyKey", key, "marks", marks);
        RuntimeException failure = null;
        for (int tries = 0; tries < 3; tries++) {
            JsonNode payload;
            try {
                payload = api.run(SCOREKEEPER, """
                        mutation($in: SubmitMarksInput!) { submitMarks(input: $in) {
                          accepted leaderboardVersion userErrors { field message code } } }""", Map.of("in", input))
                        .path("submitMarks");
            } catch (java.io.UncheckedIOException e) {
                failure = e;
                continue;
            }
            if (payload.path("accepted").asInt() != marks.size() || !payload.path("userErrors").isEmpty()) {
                throw new IllegalStateException("submitMarks refused " + attempt.athlete().name() + " " + attempt.number()
                        + ": " + payload.path("userErrors"));
            }
            return payload.path("leaderboardVersion").asInt();
        }
        throw failure;
    }

    /** The round's leaderboard once it shows at least {@code version}. */
    private List<Standing> standings(String event, int version) {
        long deadline = System.nanoTime() + LEADERBOARD_WAIT.toNanos();
        while (true) {
            JsonNode board = api.run(SCOREKEEPER, """
                    query($id: ID!) { event(id: $id) { leaderboard(round: "final") { version
                      entries { rank total award complete registration { bib competitor { name } } } } } }""",
                    Map.of("id", event)).path("event").path("leaderboard");
            if (board.path("version").asInt() >= version) {
                List<Standing> out = new ArrayList<>();
                board.path("entries").forEach(e -> out.add(new Standing(e.path("registration").path("bib").asText(),
                        e.path("registration").path("competitor").path("name").asText(),
                        e.path("rank").isNull() ? null : e.path("rank").asInt(),
                        e.path("total").isNull() ? null : e.path("total").decimalValue(),
                        e.path("award").isNull() ? null : e.path("award").asText(), e.path("complete").asBoolean())));
                return out;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the leaderboard did not reach version " + version + " within "
                        + LEADERBOARD_WAIT.toSeconds() + " s (it shows " + board.path("version").asInt() + ")");
            }
            pause(20_000_000L);
        }
    }

    private static JsonNode accepted(String mutation, JsonNode payload) {
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException(mutation + " refused: " + payload.path("userErrors"));
        }
        return payload;
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            pause(left);
        }
    }

    private static void pause(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
