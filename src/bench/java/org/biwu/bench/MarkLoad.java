package org.biwu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The submitMarks traffic the Gatling simulation sends, and what it records. Every mutation is
 * one aspect attempt of one competitor with the marks of all the aspect's judges (judgeId set,
 * as a scorekeeper enters a paper sheet), a unique idempotency key, values from 6.0 to 9.9.
 * Mutation i marks competitor i mod C, aspect (i div C) mod A: consecutive mutations touch
 * different competitors; after every slot has marks (C × A mutations) the next pass corrects
 * them with other values (each pass's values differ from the one before).
 */
final class MarkLoad {

    /** One answered mutation: when it was sent and answered (System.nanoTime), the version it made. */
    record Sample(long sentNanos, long answeredNanos, int version, boolean ok) {
    }

    final String baseUrl;
    final String eventId;
    final List<String> registrations;
    final List<String> judges;
    final List<String> aspects;
    final int clients;
    /** Warm-up plus measured duration, seconds. */
    final int seconds;
    final BenchTokens tokens;
    final String run = Long.toString(System.currentTimeMillis(), 36);

    private final AtomicLong next = new AtomicLong();
    private final List<Sample> samples = new ArrayList<>();
    private final AtomicLong failures = new AtomicLong();
    private volatile Runnable onFirstSend = () -> { };

    /** Runs {@code r} when the first mutation is built: the load's clock starts there. */
    void onFirstSend(Runnable r) {
        onFirstSend = r;
    }

    MarkLoad(String baseUrl, String eventId, List<String> registrations, List<String> judges, List<String> aspects,
             int clients, int seconds, BenchTokens tokens) {
        this.baseUrl = baseUrl;
        this.eventId = eventId;
        this.registrations = registrations;
        this.judges = judges;
        this.aspects = aspects;
        this.clients = clients;
        this.seconds = seconds;
        this.tokens = tokens;
    }

    static final String MUTATION = "mutation($in: SubmitMarksInput!) { submitMarks(input: $in) { accepted leaderboardVersion "
            + "userErrors { code message } } }";

    /** The JSON body of the next mutation. */
    String nextBody() {
        long i = next.getAndIncrement();
        if (i == 0) {
            onFirstSend.run();
        }
        int c = registrations.size();
        int a = aspects.size();
        int competitor = (int) (i % c);
        int aspect = (int) ((i / c) % a);
        long pass = i / ((long) c * a);
        StringBuilder b = new StringBuilder(256 + judges.size() * 160);
        b.append("{\"query\":\"").append(MUTATION).append("\",\"variables\":{\"in\":{\"eventId\":\"").append(eventId)
                .append("\",\"idempotencyKey\":\"bench-").append(run).append('-').append(i).append("\",\"marks\":[");
        for (int j = 0; j < judges.size(); j++) {
            if (j > 0) {
                b.append(',');
            }
            // 6.0 .. 9.9, changing from pass to pass
            long h = (i * 31 + j * 7 + pass * 13) & 0x7fffffff;
            int tenths = 60 + (int) ((h * 2654435761L >>> 7) % 40);
            b.append("{\"registrationId\":\"").append(registrations.get(competitor)).append("\",\"round\":\"").append(BenchApi.ROUND)
                    .append("\",\"aspect\":\"").append(aspects.get(aspect)).append("\",\"attempt\":1,\"judgeId\":\"")
                    .append(judges.get(j)).append("\",\"value\":").append(tenths / 10).append('.').append(tenths % 10).append('}');
        }
        return b.append("]}}}").toString();
    }

    String authorization() {
        return "Bearer " + tokens.get("scorekeeper");
    }

    void record(long sent, long answered, Integer version, Integer accepted, String answer) {
        boolean ok = version != null && accepted != null && accepted == judges.size();
        if (!ok && failures.incrementAndGet() <= 3 && answer != null) {
            // the first unexpected answers, for the diagnosis (timeouts have none)
            LiveScoringBenchmark.say("unexpected answer to submitMarks: %s", answer.length() > 500 ? answer.substring(0, 500) : answer);
        }
        synchronized (samples) {
            samples.add(new Sample(sent, answered, version == null ? -1 : version, ok));
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    long sent() {
        return next.get();
    }

    /** Mutations that marked a slot for the first time (the rest corrected earlier marks). */
    long firstMarks(long mutations) {
        return Math.min(mutations, (long) registrations.size() * aspects.size());
    }
}
