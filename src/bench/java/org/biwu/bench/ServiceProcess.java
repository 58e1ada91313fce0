package org.biwu.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as a user runs it: {@code java -jar target/quarkus-app/quarkus-run.jar} in a
 * process of its own, production profile, configured by environment variables as the README
 * says (database, Keycloak, a national id key of 32 random bytes, the HTTP port). Its output
 * goes to a log file.
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;
    final List<String> command;

    private ServiceProcess(Process process, int port, Path log, List<String> command) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.command = command;
    }

    static ServiceProcess start(Path project, String dbUrl, String user, String password, String realmUrl, int port,
                                List<String> jvmArgs, Path log, Duration timeout) throws IOException, InterruptedException {
        Path jar = project.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException("the packaged service is missing: " + jar + " (./mvnw -Pbenchmark packages it)");
        }
        int httpPort = port > 0 ? port : freePort();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("BIWU_DB_URL", dbUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl);
        env.put("BIWU_NATIONAL_ID_KEY", Base64.getEncoder().encodeToString(key));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        // as in the Kubernetes ConfigMap (k8s/base/api/configmap.yaml): two malloc arenas
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        ServiceProcess service = new ServiceProcess(builder.start(), httpPort, log, command);
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!service.process.isAlive()) {
                throw new IOException("the service stopped while starting (log " + log + "):\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (System.nanoTime() > deadline) {
                service.close();
                throw new IOException("the service was not ready after " + timeout.toSeconds() + " s (log " + log + "):\n" + tail(log));
            }
            Thread.sleep(250);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** A line of /proc/PID/status in KiB (VmHWM: peak resident memory; VmRSS: now), or -1. */
    long statusKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Total CPU time of the process so far (user + system), in seconds, from /proc/PID/stat; -1 when unknown. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
