package org.biwu.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak for the local platform and the tests: the official server distribution
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked into {@code .local/} by the Maven build),
 * started in development mode on port {@value #HTTP_PORT} with the realm {@code biwu} imported from
 * {@code src/main/keycloak/biwu-realm.json}.
 *
 * <p>A Keycloak already answering on that port with the realm is reused and left running.
 * Keycloak does not re-import a realm it already has, so when the realm file changed since the
 * last import the development database is deleted first and the realm imported afresh.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    /** 8180 unless system property {@code biwu.keycloak.port} says otherwise (to run two test builds at once). */
    public static final int HTTP_PORT = Integer.getInteger("biwu.keycloak.port", 8180);
    /** 9000 unless system property {@code biwu.keycloak.management-port} says otherwise. */
    public static final int MANAGEMENT_PORT = Integer.getInteger("biwu.keycloak.management-port", 9000);
    public static final String REALM_URL = "http://localhost:" + HTTP_PORT + "/realms/biwu";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ChildProcess process;

    private LocalKeycloak(ChildProcess process) {
        this.process = process;
    }

    /** True when a Keycloak on {@value #HTTP_PORT} serves the realm {@code biwu}. */
    public static boolean isServing() {
        return ok(REALM_URL + "/.well-known/openid-configuration");
    }

    /**
     * Starts Keycloak, or reuses one already serving the realm, and waits until it is ready.
     *
     * @param localDir   the git-ignored folder holding {@code keycloak-<version>/}
     * @param realmFile  the realm to import
     * @param timeout    how long to wait for readiness
     */
    public static LocalKeycloak startOrReuse(Path localDir, Path realmFile, Duration timeout)
            throws IOException, InterruptedException {
        if (isServing()) {
            return new LocalKeycloak(null);
        }
        Path home = localDir.resolve("keycloak-" + VERSION);
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IOException("Keycloak is not unpacked at " + home
                    + "; the Maven build unpacks it (./mvnw process-test-resources)");
        }
        importRealm(home, realmFile);
        ChildProcess kc = ChildProcess.start("keycloak",
                List.of("bash", kcSh.toString(), "start-dev",
                        "--http-port=" + HTTP_PORT, "--http-management-port=" + MANAGEMENT_PORT,
                        "--import-realm", "--health-enabled=true"),
                home, localDir.resolve("keycloak.log"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        LocalKeycloak keycloak = new LocalKeycloak(kc);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(ok("http://localhost:" + MANAGEMENT_PORT + "/health/ready") && isServing())) {
            if (!kc.isAlive()) {
                throw new IOException("Keycloak stopped while starting:\n" + kc.logTail(40));
            }
            if (System.nanoTime() > deadline) {
                keycloak.close();
                throw new IOException("Keycloak was not ready after " + timeout.toSeconds() + " s:\n" + kc.logTail(40));
            }
            Thread.sleep(500);
        }
        return keycloak;
    }

    /** Puts the realm file where --import-realm reads it; forgets an outdated import. */
    private static void importRealm(Path home, Path realmFile) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        String digest = sha256(realmFile);
        Path imported = home.resolve("data/biwu-realm.sha256");
        if (!Files.exists(imported) || !Files.readString(imported).equals(digest)) {
            deleteTree(home.resolve("data/h2"));
        }
        Files.copy(realmFile, importDir.resolve("biwu-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(imported, digest);
    }

    /** True when this object started the server (false when it reused a running one). */
    public boolean started() {
        return process != null;
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    private static boolean ok(String url) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
