package org.biwu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.biwu.local.LocalKeycloak;
import org.biwu.local.LocalPaths;
import org.biwu.local.LocalPostgres;

/**
 * The live-scoring benchmark ({@code ./mvnw -Pbenchmark}, see the README): one instance of the
 * service under contest load, next to the database's own limit.
 *
 * <ol>
 *   <li>A fresh PostgreSQL 15 (durable commits), the project's Keycloak, and the packaged service
 *       in a JVM of its own, as a user runs it.</li>
 *   <li>Set-up through the GraphQL API: one event at national-final scale, its panel, RUNNING.</li>
 *   <li>{@code bench.subscribers} WebSocket subscribers on {@code leaderboardChanged} of the event.</li>
 *   <li>Gatling: {@code bench.clients} clients sending submitMarks back to back for
 *       {@code bench.warmup} + {@code bench.duration} seconds; only the last {@code bench.duration}
 *       seconds are measured.</li>
 *   <li>Once every subscriber has caught up (or 30 s passed), the service is stopped and pgbench
 *       runs alone on the same database for {@code bench.duration} seconds.</li>
 *   <li>The figures, the targets and met / not met.</li>
 * </ol>
 * Everything it started is stopped at the end, on failure, and on Ctrl-C.
 */
public final class LiveScoringBenchmark {

    // the targets of issue 6 for one instance on a 2-core machine
    static final double TARGET_RATIO = 0.3;
    static final double TARGET_MUTATION_P99_MS = 50;
    static final int TARGET_SUBSCRIBERS = 1000;
    static final double TARGET_DELIVERY_P99_MS = 250;
    static final long TARGET_MEMORY_MIB = 512;

    /** How long subscribing may take; those not subscribed by then are not held. */
    static final long SUBSCRIBE_SECONDS = 120;

    /** How long subscribers may take to catch up after the load stops. */
    static final long DRAIN_MILLIS = 30_000;

    /** The target of issue 13: a year of a province's labor statistics answered within this. */
    static final double TARGET_STATISTICS_MS = 1000;

    record Params(int clients, int subscribers, int duration, int warmup, int competitors, int aspects, int judges,
                  int pgbenchClients, List<String> serviceJvmArgs, int port, int statisticsCompetitions,
                  int statisticsRegistrations) {

        static Params fromSystemProperties() {
            int clients = Integer.getInteger("bench.clients", 16);
            String jvm = System.getProperty("bench.service.jvmArgs", "").trim();
            return new Params(clients, Integer.getInteger("bench.subscribers", 1000), Integer.getInteger("bench.duration", 60),
                    Integer.getInteger("bench.warmup", 15), Integer.getInteger("bench.competitors", 1000),
                    Integer.getInteger("bench.aspects", 20), Integer.getInteger("bench.judges", 5),
                    Integer.getInteger("bench.pgbench.clients", clients),
                    jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")), Integer.getInteger("bench.port", 0),
                    Integer.getInteger("bench.statistics.competitions", 5000),
                    Integer.getInteger("bench.statistics.registrations", 100_000));
        }
    }

    private final Params p;
    private final Path project = LocalPaths.project();
    private final Path work = project.resolve("target/bench");
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-clock");
        t.setDaemon(true);
        return t;
    });

    private long bytesReceived;
    private LaborStatisticsLoad.Result statistics;

    private LiveScoringBenchmark(Params p) {
        this.p = p;
    }

    public static void main(String[] args) {
        LiveScoringBenchmark bench = new LiveScoringBenchmark(Params.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll, "bench-stop"));
        int exit = 0;
        try {
            bench.run();
        } catch (Throwable e) {
            System.err.println("[bench] failed: " + e);
            e.printStackTrace();
            exit = 1;
        }
        bench.stopAll();
        System.exit(exit);
    }

    // ------------------------------------------------------------ the run

    private void run() throws Exception {
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        say("live-scoring benchmark: %d clients, %d subscribers, %d s measured after %d s warm-up; event of %d competitors, "
                        + "%d aspects, %d judges each", p.clients(), p.subscribers(), p.duration(), p.warmup(), p.competitors(),
                p.aspects(), p.judges());
        say("machine: %d cores, load average %s (other work on the machine makes every figure noisier)",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Path pgbench = PgBench.find();

        BenchPostgres postgres = BenchPostgres.start();
        started.push(postgres);
        say("PostgreSQL 15 (empty) on port %d: %s", postgres.port(), postgres.settings());

        long t = System.nanoTime();
        LocalKeycloak keycloak = LocalKeycloak.startOrReuse(LocalPaths.local(), LocalPaths.realmFile(), Duration.ofMinutes(5));
        started.push(keycloak);
        say("Keycloak %s in %s: %s", keycloak.started() ? "started" : "already running, reused", since(t), LocalKeycloak.REALM_URL);

        t = System.nanoTime();
        ServiceProcess service = ServiceProcess.start(project, postgres.url(), LocalPostgres.USER, LocalPostgres.PASSWORD,
                LocalKeycloak.REALM_URL, p.port(), p.serviceJvmArgs(), work.resolve("service.log"), Duration.ofMinutes(3));
        started.push(service);
        String base = "http://localhost:" + service.port;
        say("service (packaged jar, pid %d) ready in %s: %s   [%s]", service.pid(), since(t), base, String.join(" ", service.command));

        BenchTokens tokens = new BenchTokens(LocalKeycloak.REALM_URL);
        started.push(tokens);
        t = System.nanoTime();
        BenchApi.Competition c = new BenchApi(base, tokens).setUp(p.competitors(), p.aspects(), p.judges());
        say("set up through the API in %s: event %s, %d registrations, %d aspects × %d judges, RUNNING",
                since(t), c.eventId(), c.registrations().size(), c.aspects().size(), c.judges().size());

        t = System.nanoTime();
        Subscribers subscribers = new Subscribers(p.subscribers());
        started.push(subscribers);
        int subscribed = subscribers.connect(service.port, tokens.get("viewer"), c.eventId(), 100, SUBSCRIBE_SECONDS);
        say("%d of %d subscribers (user viewer) hold leaderboardChanged, each with the %d-entry leaderboard, in %s",
                subscribed, p.subscribers(), p.competitors(), since(t));
        problems(subscribers);

        // ---- the load: Gatling
        MarkLoad load = new MarkLoad(base, c.eventId(), c.registrations(), c.judges(), c.aspects(), p.clients(),
                p.warmup() + p.duration(), tokens);
        Window window = new Window();
        Connection db = postgres.superuser();
        started.push(db);
        load.onFirstSend(() -> {
            window.begin = System.nanoTime() + TimeUnit.SECONDS.toNanos(p.warmup());
            window.end = window.begin + TimeUnit.SECONDS.toNanos(p.duration());
            clock.schedule(() -> window.atBegin(db, service), p.warmup() * 1000L, TimeUnit.MILLISECONDS);
            clock.schedule(() -> window.atEnd(db, service), (p.warmup() + p.duration()) * 1000L, TimeUnit.MILLISECONDS);
        });
        SubmitMarksSimulation.load = load;
        Path gatlingResults = work.resolve("gatling");
        Files.createDirectories(gatlingResults);
        System.setProperty("gatling.data.console.writePeriod", "15");
        say("Gatling: %d clients send submitMarks for %d s (%d s warm-up, then %d s measured) ...", p.clients(),
                p.warmup() + p.duration(), p.warmup(), p.duration());
        int gatling = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"-s", SubmitMarksSimulation.class.getName(),
                "-rf", gatlingResults.toString(), "-rd", "Biwu live scoring", "-l", "biwu-benchmark"});
        if (window.end == 0) {
            throw new IllegalStateException("Gatling sent nothing (exit " + gatling + ")");
        }
        while (!window.ended) {
            Thread.sleep(100);
        }

        // ---- subscribers catch up
        List<MarkLoad.Sample> samples = load.samples();
        int lastVersion = samples.stream().filter(MarkLoad.Sample::ok).mapToInt(MarkLoad.Sample::version).max().orElse(c.version());
        long drainStart = System.nanoTime();
        boolean caughtUp = subscribers.awaitVersion(lastVersion, DRAIN_MILLIS);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        long peakKiB = service.statusKiB("VmHWM");
        long rssKiB = service.statusKiB("VmRSS");
        long held = subscribers.held();
        bytesReceived = subscribers.bytes();
        subscribers.close();
        started.remove(subscribers);
        Analysis a = analyse(samples, subscribers, window);

        // ---- a year of a province's labor statistics, asked while the service is up
        t = System.nanoTime();
        int perCompetition = Math.max(1, p.statisticsRegistrations() / p.statisticsCompetitions());
        String province = LaborStatisticsLoad.seed(db, p.statisticsCompetitions(), perCompetition);
        say("labor statistics: %d competitions with %d registrations each written into the database in %s", p.statisticsCompetitions(),
                perCompetition, since(t));
        statistics = LaborStatisticsLoad.measure(new BenchApi(base, tokens), "viewer", province, 20, p.statisticsCompetitions(),
                (long) perCompetition * p.statisticsCompetitions());

        // ---- the database alone
        service.close();
        started.remove(service);
        say("service stopped (log: %s); pgbench alone on the same database for %d s with %d clients ...",
                service.log, p.duration(), p.pgbenchClients());
        PgBench.Result pg = PgBench.run(pgbench, db, postgres.port(), LocalPostgres.DATABASE, LocalPostgres.USER,
                LocalPostgres.PASSWORD, p.pgbenchClients(), p.duration(), work);

        report(c, load, samples, a, window, held, caughtUp, drainSeconds, lastVersion, peakKiB, rssKiB, pg, subscribers);
        say("Gatling's report: %s   (whole run %s)", latestReport(gatlingResults), since(t0));
    }

    private void problems(Subscribers subscribers) {
        Map<String, Integer> why = new HashMap<>();
        for (Subscribers.Watcher w : subscribers.watchers()) {
            if (w.problem != null) {
                why.merge(w.problem.length() > 200 ? w.problem.substring(0, 200) : w.problem, 1, Integer::sum);
            }
        }
        why.forEach((text, n) -> say("  %d subscriber(s): %s", n, text));
    }

    /** The measured time and what was counted at its edges. */
    static final class Window {
        volatile long begin;
        volatile long end;
        volatile boolean ended;
        DbStats.Counters dbBegin;
        DbStats.Counters dbEnd;
        List<DbStats.Statement> statements = List.of();
        double serviceCpuBegin;
        double serviceCpuEnd;
        double benchCpuBegin;
        double benchCpuEnd;
        long[] machineBegin;
        long[] machineEnd;
        String loadEnd;
        String failure;

        void atBegin(Connection db, ServiceProcess service) {
            try {
                serviceCpuBegin = service.cpuSeconds();
                benchCpuBegin = benchCpu();
                machineBegin = machineCpu();
                DbStats.reset(db);
                dbBegin = DbStats.counters(db);
            } catch (Exception e) {
                failure = "statistics at the start: " + e;
            }
        }

        void atEnd(Connection db, ServiceProcess service) {
            try {
                serviceCpuEnd = service.cpuSeconds();
                benchCpuEnd = benchCpu();
                machineEnd = machineCpu();
                dbEnd = DbStats.counters(db);
                statements = DbStats.statements(db, LocalPostgres.USER);
                loadEnd = loadAverage();
            } catch (Exception e) {
                failure = "statistics at the end: " + e;
            } finally {
                ended = true;
            }
        }
    }

    // ------------------------------------------------------------ figures

    /** What the samples and the subscribers' receipts say. */
    record Analysis(long mutations, long failures, long firstMarks, long[] mutationLatency, int windowVersions,
                    long delivered, long coalesced, long missed, long expected, long[] deliveryLatency, long[] visibleLatency,
                    long early, long messages, int subscribersCounted) {
    }

    private Analysis analyse(List<MarkLoad.Sample> samples, Subscribers subscribers, Window w) {
        List<Long> lat = new ArrayList<>();
        Map<Integer, Long> answeredAt = new HashMap<>();
        long failures = 0;
        for (MarkLoad.Sample s : samples) {
            // answered within the measured time (whenever sent): the rate the service sustains
            if (s.answeredNanos() < w.begin || s.answeredNanos() > w.end) {
                continue;
            }
            if (!s.ok()) {
                failures++;
                continue;
            }
            lat.add(s.answeredNanos() - s.sentNanos());
            answeredAt.put(s.version(), s.answeredNanos());
        }
        int[] versions = answeredAt.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        LongList delivery = new LongList();
        LongList visible = new LongList();
        long delivered = 0, coalesced = 0, missed = 0, early = 0, messages = 0;
        int counted = 0;
        for (Subscribers.Watcher sub : subscribers.watchers()) {
            if (!sub.subscribed) {
                continue;
            }
            counted++;
            int[] got = sub.versions();
            long[] at = sub.times();
            messages += got.length;
            // running highest version seen, and when: what the subscriber's screen shows from then on
            int[] shows = new int[got.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < got.length; i++) {
                max = Math.max(max, got[i]);
                shows[i] = max;
            }
            Map<Integer, Long> exact = new HashMap<>();
            for (int i = 0; i < got.length; i++) {
                exact.putIfAbsent(got[i], at[i]);
            }
            for (int v : versions) {
                long answered = answeredAt.get(v);
                Long receipt = exact.get(v);
                if (receipt != null) {
                    delivered++;
                    long d = receipt - answered;
                    if (d < 0) {
                        early++;
                    }
                    delivery.add(Math.max(0, d));
                }
                int i = firstAtLeast(shows, v);
                if (i < 0) {
                    missed++;
                } else {
                    if (receipt == null) {
                        coalesced++;
                    }
                    visible.add(Math.max(0, at[i] - answered));
                }
            }
        }
        long[] m = lat.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(m);
        long[] d = delivery.sorted();
        long[] v = visible.sorted();
        return new Analysis(m.length, failures, 0, m, versions.length, delivered, coalesced, missed,
                (long) versions.length * counted, d, v, early, messages, counted);
    }

    private static int firstAtLeast(int[] sortedShows, int v) {
        int lo = 0, hi = sortedShows.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedShows[mid] >= v) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    private void report(BenchApi.Competition c, MarkLoad load, List<MarkLoad.Sample> samples, Analysis a, Window w, long held,
                        boolean caughtUp, double drainSeconds, int lastVersion, long peakKiB, long rssKiB, PgBench.Result pg,
                        Subscribers subscribers) {
        double seconds = p.duration();
        double mps = a.mutations() / seconds;
        double ratio = mps / pg.tps();
        double mutP99 = ms(pct(a.mutationLatency(), 99));
        double delP99 = ms(pct(a.deliveryLatency(), 99));
        double peakMiB = peakKiB / 1024.0;
        long all = samples.stream().filter(MarkLoad.Sample::ok).count();

        say("");
        say("==================== Biwu live-scoring benchmark: results ====================");
        say("event: %d competitors, %d judged aspects × %d judges (TRIMMED_MEAN), one round; %d clients; %d s measured after %d s warm-up",
                p.competitors(), p.aspects(), p.judges(), p.clients(), p.duration(), p.warmup());
        say("load average: %s at the end of the measured time (2 cores: figures are noisy when other work runs)", w.loadEnd);
        say("");
        say("submitMarks (measured: answered within the %d s)", p.duration());
        say("  mutations/s sustained        %10.1f   (%d mutations; %d failed: refused, errors or Gatling's 60 s timeout)", mps,
                a.mutations(), a.failures());
        say("  marks/s sustained            %10.1f   (%d marks per mutation)", mps * p.judges(), p.judges());
        say("  mutation latency p50/p95/p99 %10s / %s / %s ms   (max %s ms)", f(ms(pct(a.mutationLatency(), 50))),
                f(ms(pct(a.mutationLatency(), 95))), f(mutP99), f(ms(pct(a.mutationLatency(), 100))));
        long slots = (long) p.competitors() * p.aspects();
        say("  whole run: %d mutations answered (%d slots: %s)", all, slots,
                all <= slots ? "all first marks" : (all - slots) + " corrected earlier marks");
        say("");
        say("leaderboardChanged (%d subscribers, %d-entry leaderboards)", p.subscribers(), p.competitors());
        say("  subscribers held             %10d   of %d (%d subscribed; %d connections lost during the run)", held,
                p.subscribers(), a.subscribersCounted(), subscribers.lost());
        say("  delivery latency p50/p99     %10s / %s ms   (max %s ms; answer of the mutation -> the subscriber has the update)",
                f(ms(pct(a.deliveryLatency(), 50))), f(delP99), f(ms(pct(a.deliveryLatency(), 100))));
        say("  updates delivered            %10d   of %d (versions made in the measured time × subscribers)", a.delivered(), a.expected());
        say("  updates coalesced            %10d   (a later version reached the subscriber instead: it shows them)", a.coalesced());
        say("  updates missed               %10d   (neither it nor a later version reached the subscriber %s)", a.missed(),
                caughtUp ? "by the end" : "within " + DRAIN_MILLIS / 1000 + " s after the load");
        say("  visible after p50/p99        %10s / %s ms   (delivered or coalesced: until the subscriber shows it or later)",
                f(ms(pct(a.visibleLatency(), 50))), f(ms(pct(a.visibleLatency(), 99))));
        say("  messages received            %10d   (%.1f per s per subscriber, %.0f MiB in all, subscribing included); "
                        + "catching up after the load took %.1f s%s",
                a.messages(), a.subscribersCounted() == 0 ? 0 : a.messages() / (double) a.subscribersCounted() / (p.warmup() + p.duration()),
                bytesReceived / 1048576.0, drainSeconds, caughtUp ? "" : " (not caught up: gave up)");
        say("");
        say("service");
        say("  peak resident memory (VmHWM) %10.0f MiB   (VmRSS at the end %.0f MiB)", peakMiB, rssKiB / 1024.0);
        if (w.serviceCpuEnd > 0) {
            double machine = machineBusy(w);
            say("  CPU in the measured time     service %.2f cores, benchmark JVM %.2f cores, whole machine %.2f of %d cores busy",
                    (w.serviceCpuEnd - w.serviceCpuBegin) / seconds, (w.benchCpuEnd - w.benchCpuBegin) / seconds, machine,
                    Runtime.getRuntime().availableProcessors());
        }
        if (w.dbEnd != null) {
            DbStats.Counters d = w.dbEnd.minus(w.dbBegin);
            // per mutation begun in the measured time: one claim of its idempotency key each
            long begun = w.statements.stream().filter(s -> s.toplevel() && s.query().contains("insert into mark_submission"))
                    .mapToLong(DbStats.Statement::calls).sum();
            // none begun (the service stalled): absolute counts
            double per = begun > 0 ? begun : Math.max(1, a.mutations());
            long top = w.statements.stream().filter(DbStats.Statement::toplevel).mapToLong(DbStats.Statement::calls).sum();
            long nested = w.statements.stream().filter(s -> !s.toplevel()).mapToLong(DbStats.Statement::calls).sum();
            say("");
            say("PostgreSQL in the measured time, per mutation begun (%d begun)", Math.round(per));
            say("  round trips (statements sent) %.1f, statements run inside them (foreign key checks) %.1f", top / per, nested / per);
            say("  commits %.2f, WAL flushes %.2f (%.2f ms each), WAL %.0f bytes", d.commits() / per, d.walSyncs() / per,
                    d.walSyncs() == 0 ? 0 : d.walSyncMs() / d.walSyncs(), d.walBytes() / per);
            say("  the statements the service sent, most frequent first (calls per mutation, mean ms, total s):");
            w.statements.stream().filter(DbStats.Statement::toplevel).limit(25).forEach(s ->
                    say("    %6.2f  %8.3f  %7.2f  %s", s.calls() / per, s.meanMs(), s.totalMs() / 1000, oneLine(s.query())));
        }
        if (w.failure != null) {
            say("  (%s)", w.failure);
        }
        say("");
        say("pgbench (alone, after the service stopped): one-row insert per transaction, %d clients, %d s", p.pgbenchClients(), p.duration());
        say("  transactions/s               %10.1f   (latency average %.2f ms)", pg.tps(), pg.latencyMs());
        say("  mutations/s ÷ pgbench tps    %10.3f", ratio);
        say("");
        say("laborStatistics of a province (%d LABOR competitions, %d registrations in one year, 176 organizations), asked %d times",
                statistics.competitions(), statistics.registrations(), statistics.millis().size());
        say("  answer time median / max     %10s / %s ms   (through the API, token check included; answer %s)",
                f(statistics.median()), f(statistics.max()), statistics.answer());
        say("");
        say("targets (issue 6, one instance, 2 cores, PostgreSQL beside it; issue 13, the statistics)");
        target(String.format(Locale.ROOT, "mutations/s >= %.1f × pgbench tps", TARGET_RATIO),
                String.format(Locale.ROOT, "%.3f × (%.1f vs %.1f)", ratio, mps, TARGET_RATIO * pg.tps()), ratio >= TARGET_RATIO);
        target("mutation p99 <= 50 ms", f(mutP99) + " ms", a.mutations() > 0 && mutP99 <= TARGET_MUTATION_P99_MS);
        target("1,000 subscribers held", held + " held", held >= TARGET_SUBSCRIBERS && held >= p.subscribers());
        target("delivery p99 <= 250 ms", f(delP99) + " ms", a.delivered() > 0 && delP99 <= TARGET_DELIVERY_P99_MS);
        target("nothing missed", a.missed() + " missed, " + subscribers.lost() + " connections lost",
                a.missed() == 0 && subscribers.lost() == 0 && a.expected() > 0);
        target("service memory < 512 MiB", String.format(Locale.ROOT, "%.0f MiB peak", peakMiB), peakKiB > 0 && peakMiB < TARGET_MEMORY_MIB);
        target("labor statistics < 1 s", f(statistics.max()) + " ms (slowest of " + statistics.millis().size() + ")",
                statistics.max() < TARGET_STATISTICS_MS);
        say("===============================================================================");
    }

    private static double machineBusy(Window w) {
        if (w.machineBegin == null || w.machineEnd == null) {
            return Double.NaN;
        }
        long total = w.machineEnd[0] - w.machineBegin[0];
        long idle = w.machineEnd[1] - w.machineBegin[1];
        return total == 0 ? Double.NaN : (total - idle) / (double) total * Runtime.getRuntime().availableProcessors();
    }

    private static void target(String what, String value, boolean met) {
        say("  %-36s %-32s %s", what, value, met ? "MET" : "NOT MET");
    }

    // ------------------------------------------------------------ helpers

    static long pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }

    static String f(double ms) {
        return Double.isNaN(ms) ? "-" : ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String oneLine(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        return s.length() > 150 ? s.substring(0, 150) + "…" : s;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static double benchCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /** Jiffies of all CPUs since boot: {total, idle + iowait}. */
    static long[] machineCpu() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path latestReport(Path results) {
        try (var dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory).max(java.util.Comparator.comparing(Path::toString))
                    .map(d -> d.resolve("index.html")).orElse(results);
        } catch (IOException e) {
            return results;
        }
    }

    private static String since(long t) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9);
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Stops what this run started, the last first. Called again by the shutdown hook: harmless. */
    private synchronized void stopAll() {
        clock.shutdownNow();
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[bench] while stopping: " + e.getMessage());
            }
        }
    }

    /** A growable array of longs. */
    static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(a, n);
            Arrays.sort(out);
            return out;
        }
    }

    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME);
    }
}
