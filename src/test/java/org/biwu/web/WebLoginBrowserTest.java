package org.biwu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.biwu.local.LocalKeycloak;
import org.biwu.local.LocalPaths;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The web front end's browser tests (web/e2e, Playwright driving Chromium) against the real
 * platform: this API under test, its PostgreSQL and the project's Keycloak. The front end is
 * served by {@code vite preview}, which forwards {@code /graphql} to this API.
 */
@QuarkusTest
class WebLoginBrowserTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int apiPort;

    /** postgresql://host:port/database: the specs that must move a date (a notice period's end) reach the tests' database. */
    @ConfigProperty(name = "biwu.db.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String databaseUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String databasePassword;

    @Test
    void theWebFrontEndsBrowserTestsPass() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("biwu.web.skip"), "web front end skipped with -Dbiwu.web.skip=true");
        Path web = LocalPaths.project().resolve("web");
        NpmScript.Result e2e = NpmScript.run(web, "e2e", Map.of(
                "BIWU_API_URL", "http://localhost:" + apiPort,
                "CI", "true",
                "BIWU_KEYCLOAK_URL", "http://localhost:" + LocalKeycloak.HTTP_PORT,
                "BIWU_WEB_PORT", System.getProperty("biwu.web.port", "4173"),
                "BIWU_TEST_DATABASE_URL", databaseUrl.replaceFirst("^postgresql://", "postgres://" + databaseUser + ":" + databasePassword + "@")),
                "[e2e]", Duration.ofMinutes(10));
        assertEquals(0, e2e.exitCode(), e2e.explain("npm run e2e (web/e2e) failed; its output is above"));
    }
}
