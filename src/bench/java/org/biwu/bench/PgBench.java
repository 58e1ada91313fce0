package org.biwu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's own rate on this machine: {@code pgbench} with a custom script of one
 * transaction holding a one-row insert ({@code insert into bench_probe (v) values (:v)}, a table
 * with a bigserial key made for it), prepared statements, on the same server and database as the
 * service, with durable commits as the service has them.
 */
final class PgBench {

    /** What pgbench reported. */
    record Result(double tps, double latencyMs, long transactions, String command) {
    }

    static final String SCRIPT = """
            \\set v random(1, 1000000)
            insert into bench_probe (v) values (:v);
            """;

    /** pgbench: system property {@code bench.pgbench}, else on the PATH, else a Debian PostgreSQL's. */
    static Path find() throws IOException {
        String configured = System.getProperty("bench.pgbench");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "pgbench");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                for (Path v : versions.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Path p = v.resolve("bin/pgbench");
                    if (Files.isExecutable(p)) {
                        return p;
                    }
                }
            }
        }
        throw new IOException("pgbench not found: install it (Debian 12: apt-get install postgresql-15) or name it with -Dbench.pgbench=/path/to/pgbench");
    }

    static Result run(Path pgbench, Connection superuser, int port, String database, String user, String password,
                      int clients, int seconds, Path workDir) throws IOException, InterruptedException, SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("create table if not exists bench_probe (id bigserial primary key, v integer not null, "
                    + "at timestamptz not null default now())");
            s.execute("alter table bench_probe owner to " + user);
        }
        Path script = workDir.resolve("pgbench-insert.sql");
        Files.writeString(script, SCRIPT);
        int threads = Math.max(1, Math.min(clients, Runtime.getRuntime().availableProcessors()));
        List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-n", "-M", "prepared", "-c", String.valueOf(clients),
                "-j", String.valueOf(threads), "-T", String.valueOf(seconds), "-f", script.toString(),
                "-h", "localhost", "-p", String.valueOf(port), "-U", user, database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process p = builder.start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                throw new IOException("pgbench did not finish");
            }
        } finally {
            p.destroyForcibly();
        }
        Files.writeString(workDir.resolve("pgbench.log"), String.join(" ", command) + "\n" + out);
        if (p.exitValue() != 0) {
            throw new IOException("pgbench failed (exit " + p.exitValue() + "):\n" + out);
        }
        return new Result(number(out, "tps = ([0-9.]+)"), number(out, "latency average = ([0-9.]+) ms"),
                (long) number(out, "number of transactions actually processed: ([0-9]+)"), String.join(" ", command));
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
