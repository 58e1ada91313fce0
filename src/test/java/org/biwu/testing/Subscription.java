package org.biwu.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A GraphQL subscription over a real WebSocket, the way the web front end and the big screen
 * subscribe: subprotocol {@code graphql-transport-ws}, the bearer token in the
 * {@code connection_init} payload, one {@code subscribe} per operation. Every message the server
 * sends is queued (but its keep-alive pings, which are answered); tests take them one at a time
 * with a timeout.
 */
public final class Subscription implements AutoCloseable {

    /** How long a test waits for a message that should come. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** How the server closed the connection. */
    public record Closed(int code, String reason) {
    }

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private WebSocket socket;

    private Subscription() {
    }

    /**
     * Opens {@code ws://localhost:port/graphql} and sends {@code connection_init}, with
     * {@code {"Authorization": "Bearer <token>"}} as payload when a token is given (an empty
     * payload otherwise). Does not wait for the answer: see {@link #next()}.
     */
    public static Subscription open(int port, String token) {
        Subscription s = socket(port);
        s.send(Map.of("type", "connection_init", "payload",
                token == null ? Map.of() : Map.of("Authorization", "Bearer " + token)));
        return s;
    }

    /** Opens {@code ws://localhost:port/graphql} and sends nothing. */
    public static Subscription socket(int port) {
        Subscription s = new Subscription();
        try {
            s.socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws").connectTimeout(WAIT)
                    .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), s.new Listener())
                    .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new AssertionError("WebSocket upgrade refused: HTTP " + refused.getResponse().statusCode() + " "
                        + refused.getResponse().headers().map() + " " + refused.getResponse().body(), e);
            }
            throw e;
        }
        return s;
    }

    /** Opens the connection and waits for {@code connection_ack}. */
    public static Subscription connect(int port, String token) {
        Subscription s = open(port, token);
        JsonNode ack = s.next();
        if (!"connection_ack".equals(ack.path("type").asText())) {
            s.close();
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return s;
    }

    /** Starts operation {@code id}. */
    public Subscription subscribe(String id, String query, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", vars)));
        return this;
    }

    /** Sends (another) {@code connection_init} with the token. */
    public Subscription sendInit(String token) {
        send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        return this;
    }

    /** Tells the server the client no longer wants operation {@code id}. */
    public Subscription complete(String id) {
        send(Map.of("id", id, "type", "complete"));
        return this;
    }

    /** The next message the server sent; fails when none comes within {@link #WAIT}. */
    public JsonNode next() {
        JsonNode message = poll(WAIT);
        if (message == null) {
            throw new AssertionError("no message within " + WAIT.toSeconds() + " s"
                    + (closed.isDone() ? "; the connection was closed: " + closed.join() : ""));
        }
        return message;
    }

    /** The next message of type {@code next} for operation {@code id}: its {@code payload}. */
    public JsonNode nextData(String id) {
        JsonNode message = next();
        if (!"next".equals(message.path("type").asText()) || !id.equals(message.path("id").asText())) {
            throw new AssertionError("expected data of operation " + id + ", got " + message);
        }
        return message.path("payload");
    }

    /** The next message if one comes within {@code timeout}, else null. */
    public JsonNode poll(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a message", e);
        }
    }

    /** Completes when the server closes the connection (or it fails, as code 1006). */
    public CompletableFuture<Closed> closed() {
        return closed;
    }

    private void send(Object message) {
        try {
            sendText(JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One message at a time: the WebSocket refuses a send while another is under way. */
    private synchronized void sendText(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message;
                try {
                    message = JSON.readTree(text.toString());
                } catch (JsonProcessingException e) {
                    message = JSON.createObjectNode().put("type", "unreadable").put("text", text.toString());
                }
                text.setLength(0);
                if ("ping".equals(message.path("type").asText())) {
                    // the server's keep-alive: answered, as the protocol asks, and not queued
                    sendText("{\"type\":\"pong\"}");
                } else {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(1006, String.valueOf(error)));
        }
    }
}
