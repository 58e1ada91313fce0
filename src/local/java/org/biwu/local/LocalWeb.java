package org.biwu.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The web front end as command 1 serves it: {@code npm ci} when {@code web/node_modules} is
 * missing, then the Vite development server ({@code npm run dev}) with {@code /graphql} proxied to
 * the API ({@code BIWU_API_URL}) and the app pointed at Keycloak ({@code VITE_KEYCLOAK_URL}).
 * Used by {@link LocalPlatform} and, on a fresh clone, by the first-start browser test.
 */
public final class LocalWeb implements AutoCloseable {

    // HTTP/1.1: Vite leaves a request asking to upgrade to h2c (Java's default) unanswered
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final ChildProcess vite;
    private final int port;

    private LocalWeb(ChildProcess vite, int port) {
        this.vite = vite;
        this.port = port;
    }

    /**
     * Starts the development server of the front end in {@code web} on {@code port}, after
     * installing its packages when they are missing; the output of both goes to
     * {@code logs/npm-ci.log} and {@code logs/web.log}. Returns once the server is started, not
     * when it answers (see {@link #awaitReady}).
     */
    public static LocalWeb start(Path web, int port, String apiUrl, String keycloakUrl, Path logs, Consumer<String> say)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(web.resolve("node_modules"))) {
            say.accept("installing the web front end's packages (npm ci) ...");
            ChildProcess npmCi = ChildProcess.start("npm ci", List.of("npm", "ci", "--no-audit", "--no-fund"), web,
                    logs.resolve("npm-ci.log"), Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            try {
                if (npmCi.process().waitFor() != 0) {
                    throw new IOException("npm ci failed:\n" + npmCi.logTail(30));
                }
            } finally {
                if (npmCi.isAlive()) {
                    npmCi.stop(Duration.ofSeconds(10));
                }
            }
        }
        ChildProcess vite = ChildProcess.start("web", List.of("npm", "run", "dev", "--", "--port", String.valueOf(port)),
                web, logs.resolve("web.log"), Map.of("BIWU_API_URL", apiUrl, "VITE_KEYCLOAK_URL", keycloakUrl));
        return new LocalWeb(vite, port);
    }

    /** Where the browser opens the front end (the Keycloak client allows it as a redirect URI on its ports). */
    public String url() {
        return "http://localhost:" + port;
    }

    /**
     * Returns when the server answers {@code /}; fails when it stops first or {@code timeout}
     * passes. It is asked on every address of {@code localhost}: Vite listens on the one Node
     * resolves first, which may be {@code ::1} while Java would try {@code 127.0.0.1}.
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answers()) {
            if (!vite.isAlive()) {
                throw new IOException("the web front end stopped while starting, exit code " + vite.process().exitValue());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("the web front end did not answer on " + url() + " within " + timeout.toSeconds() + " s");
            }
            try {
                vite.process().onExit().get(250, TimeUnit.MILLISECONDS); // asks again after 250 ms, at once if it stopped
            } catch (TimeoutException stillRunning) {
                // ask again
            } catch (ExecutionException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The last {@code lines} lines of the development server's log. */
    public String logTail(int lines) {
        return vite.logTail(lines);
    }

    /** Stops the development server and every process it started. */
    @Override
    public void close() {
        vite.stop(Duration.ofSeconds(10));
    }

    private boolean answers() throws IOException, InterruptedException {
        for (InetAddress address : InetAddress.getAllByName("localhost")) {
            try {
                URI uri = new URI("http", null, address.getHostAddress(), port, "/", null, null);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening there (yet)
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
