package org.biwu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

    @Test
    void theWebFrontEndsBrowserTestsPass() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("biwu.web.skip"), "web front end skipped with -Dbiwu.web.skip=true");
        Path web = LocalPaths.project().resolve("web");
        // its output is copied line by line: writing straight to this JVM's stdout would corrupt
        // the channel surefire reads test results from
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e")
                .directory(web.toFile())
                .redirectErrorStream(true);
        npm.environment().put("BIWU_API_URL", "http://localhost:" + apiPort);
        npm.environment().put("CI", "true");
        npm.environment().put("BIWU_KEYCLOAK_URL", "http://localhost:" + org.biwu.local.LocalKeycloak.HTTP_PORT);
        npm.environment().put("BIWU_WEB_PORT", System.getProperty("biwu.web.port", "4173"));
        Process process = npm.start();
        Thread copy = new Thread(() -> process.inputReader().lines().forEach(line -> System.out.println("[e2e] " + line)));
        copy.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the browser tests did not finish within 10 minutes");
        }
        copy.join();
        assertEquals(0, process.exitValue(), "npm run e2e (web/e2e) failed; its output is above");
    }
}
