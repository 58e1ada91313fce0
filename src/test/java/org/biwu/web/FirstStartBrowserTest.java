package org.biwu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.biwu.local.LocalKeycloak;
import org.biwu.local.LocalPaths;
import org.biwu.local.LocalWeb;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a user sees first: README command 1's web front end on a fresh clone of the project. The
 * clone holds what is committed and nothing else (no generated {@code web/src/gql}, no
 * {@code web/node_modules}); its front end is started by the code command 1 uses ({@link LocalWeb}),
 * on port {@code biwu.web.dev-port} (default 5174, beside a running command 1 on 5173), against this
 * API under test and the project's Keycloak. Then {@code web/e2e/first-start.spec.ts} of this
 * checkout opens it in Chromium: no Vite error overlay, Keycloak's login page, the organizer signed in.
 */
@QuarkusTest
class FirstStartBrowserTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int apiPort;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aFreshCloneShowsTheAppNotAnErrorAndTheOrganizerSignsIn() throws Exception {
        assumeFalse(Boolean.getBoolean("biwu.web.skip"), "web front end skipped with -Dbiwu.web.skip=true");
        Path project = LocalPaths.project();
        int port = Integer.getInteger("biwu.web.dev-port", 5174);
        Path logs = project.resolve("target/first-start");
        assertPortFree(port);
        Path clone = Files.createTempDirectory("biwu-first-start-");
        try {
            cloneCommittedState(project, clone);
            long cloned = System.nanoTime();
            Path web = clone.resolve("web");
            assertFalse(Files.exists(web.resolve("src/gql")), "the clone has generated code: src/gql must stay git-ignored");
            assertFalse(Files.exists(web.resolve("node_modules")), "the clone has node_modules: it must stay git-ignored");

            try (LocalWeb dev = LocalWeb.start(web, port, "http://localhost:" + apiPort,
                    "http://localhost:" + LocalKeycloak.HTTP_PORT, logs, message -> say(message))) {
                try {
                    dev.awaitReady(Duration.ofMinutes(3));
                    say(String.format("the clone's web front end answers on %s, %.1f s after the clone", dev.url(),
                            (System.nanoTime() - cloned) / 1e9));
                    NpmScript.Result e2e = NpmScript.run(project.resolve("web"), "e2e:first-start",
                            Map.of("BIWU_DEV_URL", dev.url(), "CI", "true"), "[first-start]", Duration.ofMinutes(10));
                    assertEquals(0, e2e.exitCode(), e2e.explain("npm run e2e:first-start (web/e2e/first-start.spec.ts) failed; its output is above"));
                } catch (Exception | AssertionError e) {
                    say("the clone's web front end log (" + logs.resolve("web.log") + "), last lines:\n" + dev.logTail(40));
                    throw e;
                }
            }
        } finally {
            deleteTree(clone);
        }
    }

    /** {@code git clone} of the project's committed state: what a user gets, not this working tree. */
    private static void cloneCommittedState(Path project, Path clone) throws IOException, InterruptedException {
        Git topLevel = git(project, "rev-parse", "--show-toplevel");
        if (topLevel.exit() != 0 || !Path.of(topLevel.output().strip()).toRealPath().equals(project.toRealPath())) {
            fail("the project " + project + " is not a git checkout (git rev-parse --show-toplevel said: "
                    + topLevel.output().strip() + "); this test clones its committed state");
        }
        Git cloned = git(project, "clone", "--quiet", "--local", "--no-hardlinks", project.toString(), clone.toString());
        if (cloned.exit() != 0) {
            fail("git clone of " + project + " into " + clone + " failed:\n" + cloned.output());
        }
        say("cloned " + project + " at " + git(clone, "log", "-1", "--format=%h %s").output().strip() + " into " + clone);
    }

    private record Git(int exit, String output) {
    }

    /** Runs git in {@code directory}. */
    private static Git git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("biwu-git-", ".log");
        try {
            Process git;
            try {
                git = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError("git is needed to clone the project for this test (Debian: apt-get install git): "
                        + e.getMessage(), e);
            }
            if (!git.waitFor(2, TimeUnit.MINUTES)) {
                git.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
            }
            return new Git(git.exitValue(), Files.readString(output));
        } finally {
            Files.delete(output);
        }
    }

    /** Fails when something listens on {@code port} already: the test would open that instead of the clone's server. */
    private static void assertPortFree(int port) throws IOException {
        for (InetAddress address : InetAddress.getAllByName("localhost")) {
            try (ServerSocket probe = new ServerSocket(port, 1, address)) {
                // free on this address
            } catch (BindException inUse) {
                fail("port " + port + " on " + address.getHostAddress() + " is in use; choose another with "
                        + "-Dbiwu.web.dev-port (the Keycloak client allows 5173 to 5175)");
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void say(String message) {
        System.out.println("[first-start] " + message);
    }
}
