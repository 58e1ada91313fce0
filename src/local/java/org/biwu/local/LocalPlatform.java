package org.biwu.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biwu.replay.Replay;

/**
 * README command 1 ({@code ./mvnw -Prun}): the whole platform on this machine, no Docker.
 *
 * <ul>
 *   <li>PostgreSQL: embedded, data in {@code .local/postgres} kept between runs, port 5433 —
 *       unless {@code BIWU_DB_URL} names another server;</li>
 *   <li>Keycloak: {@code .local/keycloak-26.7.3} in development mode on 8180 with the realm
 *       imported — unless {@code QUARKUS_OIDC_AUTH_SERVER_URL} names another;</li>
 *   <li>the API: {@code ./mvnw quarkus:dev} on 8080 (live reload, GraphQL UI);</li>
 *   <li>the web front end: the Vite development server on 5173 ({@link LocalWeb}).</li>
 * </ul>
 * Ctrl-C or SIGTERM stops everything it started.
 */
public final class LocalPlatform {

    static final int POSTGRES_PORT = 5433;
    static final int API_PORT = 8080;
    static final int WEB_PORT = 5173;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Path project = LocalPaths.project();
    private final Path local = LocalPaths.local();

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = new LocalPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAll, "biwu-platform-stop"));
        int exit;
        try {
            exit = platform.run();
        } catch (Exception e) {
            System.err.println("[biwu] could not start the platform: " + e.getMessage());
            exit = 1;
        }
        platform.stopAll();
        System.exit(exit);
    }

    private int run() throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> env = new HashMap<>();

        String dbUrl = System.getenv("BIWU_DB_URL");
        if (dbUrl == null) {
            long t = System.nanoTime();
            LocalPostgres postgres = LocalPostgres.persistent(local.resolve("postgres"), POSTGRES_PORT);
            started.push(postgres);
            dbUrl = postgres.url();
            env.put("BIWU_DB_URL", dbUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
            say("PostgreSQL ready in %s: %s (data in %s)", since(t), dbUrl, local.resolve("postgres"));
        } else {
            say("PostgreSQL: using BIWU_DB_URL %s", dbUrl);
        }

        String oidcUrl = System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL");
        String keycloakUrl;
        if (oidcUrl == null) {
            long t = System.nanoTime();
            say("starting Keycloak %s (the first start takes a minute or two) ...", LocalKeycloak.VERSION);
            LocalKeycloak keycloak = LocalKeycloak.startOrReuse(local, LocalPaths.realmFile(), Duration.ofMinutes(5));
            started.push(keycloak);
            oidcUrl = LocalKeycloak.REALM_URL;
            keycloakUrl = "http://localhost:" + LocalKeycloak.HTTP_PORT;
            say("Keycloak %s in %s: %s (log: %s)", keycloak.started() ? "ready" : "already running, reused",
                    since(t), oidcUrl, local.resolve("keycloak.log"));
        } else {
            keycloakUrl = oidcUrl.replaceFirst("/realms/.*$", "");
            say("Keycloak: using QUARKUS_OIDC_AUTH_SERVER_URL %s", oidcUrl);
        }
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl);
        // the API's service account asks the same Keycloak whether judges' logins exist
        env.putIfAbsent("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", keycloakUrl);

        LocalWeb web = LocalWeb.start(project.resolve("web"), WEB_PORT, "http://localhost:" + API_PORT, keycloakUrl,
                local, message -> say("%s", message));
        started.push(web);

        long t = System.nanoTime();
        say("starting the API (quarkus:dev) ...");
        env.put("MAVEN_OPTS", "-Xmx512m");
        ChildProcess api = ChildProcess.start("api",
                List.of(project.resolve("mvnw").toString(), "-q", "-B", "quarkus:dev", "-Dbiwu.web.skip=true", "-Dquarkus.analytics.disabled=true"),
                project, null, env);
        started.push(() -> api.stop(Duration.ofSeconds(30)));
        String health = "http://localhost:" + API_PORT + "/q/health/ready";
        while (!ok(health)) {
            if (!api.isAlive()) {
                throw new IOException("the API stopped while starting (see its output above)");
            }
            Thread.sleep(500);
        }
        say("API ready in %s", since(t));
        loadDemo(keycloakUrl);
        say("");
        say("Biwu is running (started in %s):", since(t0));
        say("  web front end   http://localhost:%d", WEB_PORT);
        say("  GraphQL API     http://localhost:%d/graphql   (schema: /graphql/schema.graphql, UI: /q/graphql-ui)", API_PORT);
        say("  health          http://localhost:%d/q/health   metrics: /q/metrics", API_PORT);
        say("  Keycloak        %s   (admin console: %s/admin, admin / admin)", oidcUrl, keycloakUrl);
        say("  PostgreSQL      %s   (user %s)", dbUrl, LocalPostgres.USER);
        say("  demo users      admin, organizer, jinan-organizer, qingdao-organizer, laiwu-organizer, chief-judge, judge, scorekeeper, hr,");
        say("                  enterprise-hr, competitor, viewer, partner; password biwu-demo (README: their grants in the demo organization tree)");
        say("Ctrl-C stops everything.");
        return api.process().waitFor();
    }

    /**
     * The Paris 2024 diving final as a demo competition, unless one of its name is there (see README, the
     * replay command), and the demo labor competition ({@link LaborDemo}), unless it is there.
     */
    private void loadDemo(String keycloakUrl) {
        long t = System.nanoTime();
        try {
            if (Replay.loadDemoUnlessPresent(URI.create("http://localhost:" + API_PORT), URI.create(keycloakUrl), project, System.out)) {
                say("demo competition loaded in %s", since(t));
            }
        } catch (Exception e) {
            say("demo competition not loaded: %s", e.getMessage());
        }
        t = System.nanoTime();
        try {
            if (LaborDemo.loadUnlessPresent(URI.create("http://localhost:" + API_PORT), URI.create(keycloakUrl))) {
                say("demo labor competition loaded in %s: %s", since(t), LaborDemo.NAME);
            }
        } catch (Exception e) {
            say("demo labor competition not loaded: %s", e.getMessage());
        }
    }

    /** Stops what this run started, the last first. Called once more by the shutdown hook: harmless. */
    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[biwu] while stopping: " + e.getMessage());
            }
        }
    }

    private static boolean ok(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String since(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String format, Object... args) {
        System.out.println("[biwu] " + String.format(format, args));
    }
}
