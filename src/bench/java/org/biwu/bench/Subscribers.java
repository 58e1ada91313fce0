package org.biwu.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The big screens and phones watching the standings: {@code n} WebSocket connections to
 * {@code /graphql} (subprotocol graphql-transport-ws, the bearer token in the connection_init
 * payload), each with one {@code leaderboardChanged} subscription on the event. For every
 * message each records the leaderboard version it carries and when its last frame arrived
 * ({@link System#nanoTime}). Only the version is read (from the message's first frame, where the
 * selection puts it first): the client does not parse the 1,000 entries, so that watching costs
 * the benchmark's JVM as little as possible. Vert.x (on the classpath already) rather than
 * Gatling: Gatling's WebSocket support awaits messages by checks and buffers the others until
 * they are processed, which for 1,000 connections each receiving ~100 KB leaderboards many times
 * a second costs far more memory and time than reading the version off the first frame.
 */
final class Subscribers implements AutoCloseable {

    /** What each subscriber asks for: what a big screen shows. {@code version} first, read from the first frame. */
    static final String SUBSCRIPTION = "subscription($e: ID!) { leaderboardChanged(eventId: $e) { version "
            + "entries { rank total complete registration { bib competitor { name } } } } }";

    /** One watching connection. Its arrays are written on its event loop only; read after {@link #close}. */
    static final class Watcher {
        final int index;
        WebSocket socket;
        volatile boolean subscribed;
        volatile boolean closed;
        volatile String problem;
        /** The version of the leaderboard delivered on subscribing (the standings as they were). */
        volatile int initialVersion = -1;
        int[] versions = new int[256];
        long[] times = new long[256];
        int count;
        int errorPayloads;
        private int messageVersion = Integer.MIN_VALUE;
        private boolean inMessage;
        /** The start of the message being received, and whether it was read. */
        private final StringBuilder head = new StringBuilder();
        private boolean headRead;

        Watcher(int index) {
            this.index = index;
        }

        synchronized void add(int version, long at) {
            if (count == versions.length) {
                versions = Arrays.copyOf(versions, count * 2);
                times = Arrays.copyOf(times, count * 2);
            }
            versions[count] = version;
            times[count] = at;
            count++;
        }

        synchronized int lastVersion() {
            return count == 0 ? initialVersion : versions[count - 1];
        }

        synchronized int[] versions() {
            return Arrays.copyOf(versions, count);
        }

        synchronized long[] times() {
            return Arrays.copyOf(times, count);
        }

        boolean held() {
            return subscribed && !closed && problem == null;
        }
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final WebSocketClient client;
    private final List<Watcher> watchers = new ArrayList<>();
    private final AtomicInteger lost = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closing;

    Subscribers(int n) {
        client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(n + 10)
                .setMaxFrameSize(1 << 20)
                .setMaxMessageSize(64 << 20)
                .setConnectTimeout(30_000)
                .setIdleTimeout(0));
        for (int i = 0; i < n; i++) {
            watchers.add(new Watcher(i));
        }
    }

    List<Watcher> watchers() {
        return watchers;
    }

    int lost() {
        return lost.get();
    }

    /**
     * Opens every connection (at most {@code parallel} handshakes at a time), subscribes, and waits
     * until each has received the leaderboard as it is, or {@code timeoutSeconds} pass.
     * Returns how many are subscribed.
     */
    int connect(int port, String token, String eventId, int parallel, long timeoutSeconds) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(watchers.size());
        Semaphore inFlight = new Semaphore(parallel);
        String init = "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}";
        String subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + SUBSCRIPTION
                + "\",\"variables\":{\"e\":\"" + eventId + "\"}}}";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (Watcher w : watchers) {
            if (!inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            Runnable done = new Runnable() {
                boolean once;

                @Override
                public synchronized void run() {
                    if (!once) {
                        once = true;
                        inFlight.release();
                        ready.countDown();
                    }
                }
            };
            Future<WebSocket> opened = client.connect(new WebSocketConnectOptions().setHost("localhost").setPort(port)
                    .setURI("/graphql").addSubProtocol("graphql-transport-ws"));
            opened.onFailure(e -> {
                w.problem = "could not connect: " + e.getMessage();
                done.run();
            });
            opened.onSuccess(ws -> {
                w.socket = ws;
                ws.closeHandler(v -> {
                    if (closing) {
                        return;
                    }
                    w.closed = true;
                    if (w.subscribed) {
                        lost.incrementAndGet();
                    }
                    done.run();
                });
                ws.exceptionHandler(e -> {
                    if (w.problem == null) {
                        w.problem = String.valueOf(e);
                    }
                });
                ws.frameHandler(frame -> {
                    bytes.addAndGet(frame.binaryData().length());
                    onFrame(w, ws, frame, subscribe, done);
                });
                ws.writeTextMessage(init);
            });
        }
        ready.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return (int) watchers.stream().filter(Watcher::held).count();
    }

    /** How much of a message's start tells its kind and version. */
    private static final int HEAD = 512;

    private static void onHead(Watcher w, WebSocket ws, String head, String subscribe, Runnable done) {
        if (head.contains("\"type\":\"next\"")) {
            int at = head.indexOf("\"version\":");
            if (at >= 0) {
                int from = at + "\"version\":".length();
                int to = from;
                while (to < head.length() && Character.isDigit(head.charAt(to))) {
                    to++;
                }
                if (to > from) {
                    w.messageVersion = Integer.parseInt(head.substring(from, to));
                }
            }
            if (w.messageVersion == Integer.MIN_VALUE) {
                w.errorPayloads++;
                if (w.problem == null) {
                    w.problem = "a message without a leaderboard: " + head;
                }
            }
        } else if (head.contains("\"type\":\"connection_ack\"")) {
            ws.writeTextMessage(subscribe);
        } else if (head.contains("\"type\":\"ping\"")) {
            ws.writeTextMessage("{\"type\":\"pong\"}");
        } else if (head.contains("\"type\":\"error\"") || head.contains("\"type\":\"complete\"")) {
            w.problem = "the subscription ended: " + head;
            done.run();
        }
    }

    private static void onFrame(Watcher w, WebSocket ws, WebSocketFrame frame, String subscribe, Runnable done) {
        if (!(frame.isText() || frame.isContinuation())) {
            return;
        }
        long now = System.nanoTime();
        if (!w.inMessage) {
            w.head.setLength(0);
            w.headRead = false;
            w.messageVersion = Integer.MIN_VALUE;
        }
        w.inMessage = !frame.isFinal();
        if (!w.headRead) {
            // a message's first 512 bytes (over one frame or several): what kind of message, and the version it carries
            Buffer data = frame.binaryData();
            int take = Math.min(data.length(), HEAD - w.head.length());
            w.head.append(new String(data.getBytes(0, take), StandardCharsets.ISO_8859_1));
            if (w.head.length() >= HEAD || frame.isFinal()) {
                w.headRead = true;
                onHead(w, ws, w.head.toString(), subscribe, done);
            }
        }
        if (frame.isFinal() && w.messageVersion != Integer.MIN_VALUE) {
            if (!w.subscribed) {
                w.initialVersion = w.messageVersion;
                w.subscribed = true;
                done.run();
            } else {
                w.add(w.messageVersion, now);
            }
            w.messageVersion = Integer.MIN_VALUE;
        }
    }

    /** Waits until every held subscriber shows {@code version} or later; returns false on timeout. */
    boolean awaitVersion(int version, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            boolean all = true;
            for (Watcher w : watchers) {
                if (w.held() && w.lastVersion() < version) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Bytes of WebSocket frames received by all subscribers so far. */
    long bytes() {
        return bytes.get();
    }

    long held() {
        return watchers.stream().filter(Watcher::held).count();
    }

    @Override
    public void close() {
        closing = true;
        try {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
