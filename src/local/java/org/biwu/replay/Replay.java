package org.biwu.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.biwu.local.LocalPaths;
import org.biwu.replay.Scorekeeper.Replayed;
import org.biwu.replay.Scorekeeper.Standing;

/**
 * The replay command ({@code ./mvnw -Preplay}, see README): loads a published judged final into a
 * running platform through the GraphQL API, as the organizer and the scorekeeper would, at the
 * pace of a live competition or at full speed. System properties:
 * <ul>
 *   <li>{@code file}: the final's CSV (format told by its header), relative to the project; default the Paris 2024 diving final</li>
 *   <li>{@code minutes}: spreads the marks evenly over this many minutes; 0 (default) as fast as possible</li>
 *   <li>{@code api}: default http://localhost:8080; {@code keycloak}: default http://localhost:8180</li>
 * </ul>
 */
public final class Replay {

    /** The demo competition of the local platform, relative to the project. */
    public static final String DEMO_FILE = "../shared/data/judging/paris-2024-diving-men-10m-final.csv";

    private Replay() {
    }

    public static void main(String[] args) {
        try {
            Path file = LocalPaths.project().resolve(System.getProperty("file", DEMO_FILE)).normalize();
            double minutes = Double.parseDouble(System.getProperty("minutes", "0"));
            URI api = URI.create(System.getProperty("api", "http://localhost:8080"));
            URI keycloak = URI.create(System.getProperty("keycloak", "http://localhost:8180"));
            replay(api, keycloak, file, Duration.ofMillis(Math.round(minutes * 60_000)), System.out, true);
        } catch (Exception e) {
            System.err.println("[replay] failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Replays the final in {@code file}, printing its progress (a line per dive or run) when asked, and the top three. */
    public static Replayed replay(URI api, URI keycloak, Path file, Duration over, PrintStream out, boolean progress)
            throws Exception {
        JudgedFinal fin = JudgingCsv.read(file);
        out.printf("[replay] %s into %s as %s and %s%n", file.getFileName(), api, Scorekeeper.ORGANIZER, Scorekeeper.SCOREKEEPER);
        Replayed replayed = new Scorekeeper(new HttpGraphQL(api, keycloak), line -> {
            if (progress) {
                out.println("[replay] " + line);
            }
        }).replay(fin, over);
        printSummary(fin, replayed, out);
        return replayed;
    }

    /** Marks loaded, time taken, the top three with their totals. */
    static void printSummary(JudgedFinal fin, Replayed replayed, PrintStream out) {
        out.printf("[replay] %s, %s: %d marks loaded in %.1f s; top three:%n", fin.competition(), fin.event(),
                replayed.marks(), replayed.took().toMillis() / 1000.0);
        for (Standing s : replayed.top(3)) {
            out.printf("[replay]   %s. %-24s %8s  %s%n", s.rank(), s.name(), Scorekeeper.cents(s.total()),
                    s.award() == null ? "" : s.award());
        }
    }

    /**
     * Loads the demo competition unless one of its name exists already (any status).
     *
     * @return true when it was loaded now
     */
    public static boolean loadDemoUnlessPresent(URI api, URI keycloak, Path project, PrintStream out) throws Exception {
        Path file = project.resolve(DEMO_FILE).normalize();
        JudgedFinal fin = JudgingCsv.read(file);
        if (competitionsNamed(new HttpGraphQL(api, keycloak), fin.competition()) > 0) {
            out.printf("[replay] demo competition \"%s\" is there already%n", fin.competition());
            return false;
        }
        replay(api, keycloak, file, Duration.ZERO, out, false);
        return true;
    }

    /** How many competitions have exactly this name (as the organizer sees them: all statuses). */
    public static int competitionsNamed(GraphQLClient client, String name) {
        int count = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = client.run(Scorekeeper.ORGANIZER, """
                    query($after: String) { competitions(first: 100, after: $after) {
                      edges { node { name } } pageInfo { hasNextPage endCursor } } }""", variables).path("competitions");
            for (JsonNode edge : page.path("edges")) {
                if (edge.path("node").path("name").asText().equals(name)) {
                    count++;
                }
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);
        return count;
    }
}
