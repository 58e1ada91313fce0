package org.biwu.api.ws;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket at {@code /graphql}, protocol {@code graphql-transport-ws}
 * (<a href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md">graphql-ws PROTOCOL.md</a>),
 * taking the upgrade before SmallRye's own handler for two reasons:
 * <ul>
 * <li>a connection is only acknowledged when its {@code connection_init} payload carries a bearer
 * token the OIDC provider accepts ({@code {"Authorization": "Bearer …"}}); otherwise it is closed
 * with 4403 Forbidden, and closed with 4401 when the token expires. Every operation of the
 * connection runs as that identity and no other.</li>
 * <li>subscribers of the same operation (same document, operation name and variables) under the
 * same identity share one execution: each result is executed and encoded once, then written to
 * every one of them ({@link SharedOperations}). A national final's big screens and spectators
 * cost one rendering of the leaderboard per version, not one per connection.</li>
 * </ul>
 * Other subprotocols (the legacy {@code graphql-ws} of subscriptions-transport-ws) are refused with
 * 400. Errors follow the protocol: 4400 for a message that is not one, 4401 for {@code subscribe}
 * before acknowledgement, 4408 without {@code connection_init} within 10 s, 4409 for a second
 * operation under an id in use, 4429 for a second {@code connection_init}.
 */
@ApplicationScoped
public class GraphQLWebSocketEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLWebSocketEndpoint.class);

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Vertx vertx;

    @Inject
    IdentityProviderManager identities;

    @Inject
    SharedOperations operations;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    String authorizationKey;

    /** SmallRye's WebSocket route on the GraphQL path has order -99: this one comes first. */
    private static final int ROUTE_ORDER = -100;

    void routes(@Observes Router router) {
        for (String path : new String[] { "/graphql", "/graphql/" }) {
            router.route(path).order(ROUTE_ORDER).handler(this::upgrade);
        }
    }

    private void upgrade(RoutingContext ctx) {
        if (!"websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next();
            return;
        }
        String offered = ctx.request().getHeader("Sec-WebSocket-Protocol");
        if (offered == null || Arrays.stream(offered.split(",")).map(String::trim).noneMatch(SUBPROTOCOL::equals)) {
            ctx.response().setStatusCode(400).end("GraphQL over WebSocket here speaks the subprotocol " + SUBPROTOCOL);
            return;
        }
        ctx.request().toWebSocket().onSuccess(ws -> new Connection(ctx, ws).start())
                .onFailure(e -> LOG.debugf(e, "WebSocket upgrade failed"));
    }

    /** One client connection: its identity once acknowledged, and its operations by the client's ids. */
    final class Connection {
        private final RoutingContext upgrade;
        final ServerWebSocket socket;
        private final Map<String, OperationMember> running = new ConcurrentHashMap<>();
        private final Set<OperationMember> waiting = ConcurrentHashMap.newKeySet();
        private volatile boolean initialising;
        private volatile SecurityIdentity identity;
        private volatile boolean closed;
        private long timer = -1;
        private io.vertx.core.Context context;

        Connection(RoutingContext upgrade, ServerWebSocket socket) {
            this.upgrade = upgrade;
            this.socket = socket;
        }

        void start() {
            context = vertx.getOrCreateContext();
            socket.textMessageHandler(this::onMessage);
            socket.closeHandler(v -> ended());
            socket.exceptionHandler(e -> LOG.debugf(e, "WebSocket failed"));
            socket.drainHandler(v -> {
                List<OperationMember> drained = new ArrayList<>(waiting);
                waiting.removeAll(drained);
                drained.forEach(OperationMember::flush);
            });
            timer = vertx.setTimer(INIT_TIMEOUT.toMillis(), t -> {
                if (identity == null) {
                    close(4408, "Connection initialisation timeout");
                }
            });
        }

        private void onMessage(String text) {
            JsonObject message;
            String type;
            try {
                message = new JsonObject(text);
                type = message.getString("type");
            } catch (DecodeException | ClassCastException e) {
                close(4400, "Invalid message: not a JSON object with a string \"type\"");
                return;
            }
            if (type == null) {
                close(4400, "Invalid message: no \"type\"");
                return;
            }
            switch (type) {
                case "connection_init" -> init(message);
                case "ping" -> sendText("{\"type\":\"pong\"}");
                case "pong" -> {
                }
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    OperationMember member = running.remove(String.valueOf(message.getValue("id")));
                    if (member != null) {
                        member.leave();
                    }
                }
                default -> close(4400, "Invalid message type \"" + type + "\"");
            }
        }

        private void init(JsonObject message) {
            if (initialising) {
                close(4429, "Too many initialisation requests");
                return;
            }
            initialising = true;
            Object payload = message.getValue("payload");
            Object header = payload instanceof JsonObject p ? p.getValue(authorizationKey, p.getValue("authorization")) : null;
            if (!(header instanceof String h) || !h.regionMatches(true, 0, "Bearer ", 0, 7) || h.length() <= 7) {
                close(4403, "Forbidden: connection_init needs the payload {\"" + authorizationKey + "\": \"Bearer <token>\"}");
                return;
            }
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(h.substring(7).trim()));
            HttpSecurityUtils.setRoutingContextAttribute(request, upgrade);
            identities.authenticate(request).subscribe().with(
                    accepted -> context.runOnContext(v -> acknowledge(accepted)),
                    failure -> context.runOnContext(v -> close(4403, "Forbidden: the token was not accepted")));
        }

        private void acknowledge(SecurityIdentity accepted) {
            if (closed) {
                return;
            }
            if (accepted == null || accepted.isAnonymous()) {
                close(4403, "Forbidden: the token was not accepted");
                return;
            }
            identity = accepted;
            vertx.cancelTimer(timer);
            if (accepted.getAttribute("quarkus.identity.expire-time") instanceof Long expires) {
                long in = expires * 1000 - System.currentTimeMillis();
                timer = vertx.setTimer(Math.max(1, in), t -> close(4401, "Unauthorized: the token expired"));
            }
            sendText("{\"type\":\"connection_ack\"}");
        }

        private void subscribe(JsonObject message) {
            if (identity == null) {
                close(4401, "Unauthorized");
                return;
            }
            Object id = message.getValue("id");
            Object payload = message.getValue("payload");
            if (!(id instanceof String key) || key.isEmpty() || !(payload instanceof JsonObject p)
                    || !(p.getValue("query") instanceof String)) {
                close(4400, "Invalid message: subscribe needs a string \"id\" and a \"payload\" with a string \"query\"");
                return;
            }
            OperationMember member = operations.member(this, key);
            if (running.putIfAbsent(key, member) != null) {
                close(4409, "Subscriber for " + key + " already exists");
                return;
            }
            operations.join(member, identity, p);
        }

        /** Writes one text message. Every message of the connection is written through here or {@link #sendNext}. */
        synchronized void sendText(String message) {
            socket.writeTextMessage(message);
        }

        /**
         * Writes one {@code next} message as two frames of one text message (RFC 6455, 5.4): a text
         * frame with the member's {@code prefix}, then a continuation frame with the shared
         * {@code payload}, which every member's frame reads without a copy. Synchronized with
         * {@link #sendText}, so no other message of the connection comes between the two.
         */
        synchronized void sendNext(String prefix, Buffer payload) {
            socket.writeFrame(WebSocketFrame.textFrame(prefix, false));
            socket.writeFrame(WebSocketFrame.continuationFrame(payload, true));
        }

        /** {@code member} has a result to send once the socket's write queue drains. */
        void waitForDrain(OperationMember member) {
            waiting.add(member);
        }

        /** The operation ended on the server's side (complete or error sent): its id is free again. */
        void finished(String id, OperationMember member) {
            running.remove(id, member);
        }

        boolean isClosed() {
            return closed;
        }

        void close(int code, String reason) {
            if (!closed) {
                // a close frame's reason holds at most 123 bytes (RFC 6455, 5.5)
                while (reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
                    reason = reason.substring(0, reason.length() - 1);
                }
                String why = reason;
                synchronized (this) { // not between the two frames of a message (lock order: member, then connection)
                    socket.close((short) code, why);
                }
            }
            ended();
        }

        private void ended() {
            if (closed) {
                return;
            }
            closed = true;
            vertx.cancelTimer(timer);
            running.values().forEach(OperationMember::leave);
            running.clear();
        }
    }
}
