package org.biwu.api.ws;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Runs the operations of {@link GraphQLWebSocketEndpoint} through SmallRye GraphQL, sharing
 * subscriptions: connections that subscribe with the same document, operation name and variables
 * under the same identity (user name and roles, which is all the leaderboard's visibility rules
 * look at) join one execution. Each result is executed once, encoded once, and the same bytes are
 * written to every member; a member that joins later gets the last result at once, as a fresh
 * subscription would get the current standings. A member whose socket is not draining gets the
 * newest result when it drains, never a backlog. Results of one subscription are at least
 * {@code biwu.live.subscription-interval} apart. Queries and mutations sent over the socket run
 * alone.
 */
@ApplicationScoped
public class SharedOperations {

    private static final Logger LOG = Logger.getLogger(SharedOperations.class);

    @Inject
    Vertx vertx;

    @Inject
    ExecutionService graphql;

    @Inject
    CurrentIdentityAssociation identityAssociation;

    /** A plain mapper: graphql-java's nulls must stay in the payload (rank: null), whatever the application's default. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The shortest time between two results of one shared subscription (milliseconds-ish
     * durations such as {@code 200ms}): a screen shows at most five leaderboards a second, each
     * with every change made before it, instead of one per mark while judges enter hundreds.
     */
    @ConfigProperty(name = "biwu.live.subscription-interval", defaultValue = "200ms")
    Duration interval;

    /** What makes two subscriptions the same: who asks, and exactly what. */
    record Key(String user, Set<String> roles, String query, String operationName, JsonObject variables) {
    }

    private final Map<Key, Operation> shared = new ConcurrentHashMap<>();

    Member member(GraphQLWebSocketEndpoint.Connection connection, String id) {
        return new Member(connection, id);
    }

    /** How many shared executions run now for {@code user}'s subscriptions. */
    public long running(String user) {
        return shared.keySet().stream().filter(k -> k.user().equals(user)).count();
    }

    void join(Member member, SecurityIdentity identity, JsonObject payload) {
        String query = payload.getString("query");
        String operationName = payload.getValue("operationName") instanceof String name ? name : null;
        JsonObject variables = payload.getValue("variables") instanceof JsonObject v ? v : new JsonObject();
        Key key = new Key(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()), query, operationName, variables);
        if (!shared.containsKey(key) && !isSubscription(query, operationName)) {
            Operation alone = new Operation(null, identity, payload);
            alone.add(member);
            alone.start();
            return;
        }
        while (true) {
            Operation operation = shared.computeIfAbsent(key, k -> new Operation(k, identity, payload));
            if (operation.add(member)) {
                operation.start();
                if (member.connection.isClosed()) {
                    member.leave(); // closed while joining: nothing will remove it otherwise
                }
                return;
            }
            shared.remove(key, operation);
        }
    }

    private static boolean isSubscription(String query, String operationName) {
        try {
            Document document = Parser.parse(query);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                    .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.SUBSCRIPTION);
        } catch (InvalidSyntaxException e) {
            return false; // SmallRye answers with the syntax error
        }
    }

    /**
     * A result as the protocol's payload, UTF-8. Plain data (the leaderboard every few hundred
     * milliseconds) is written by Jackson in one pass over graphql-java's result; anything with
     * errors or extensions keeps SmallRye's own formatting.
     */
    private byte[] encode(ExecutionResult result) {
        if (result.getErrors().isEmpty() && (result.getExtensions() == null || result.getExtensions().isEmpty())) {
            try {
                return JSON.writeValueAsBytes(java.util.Collections.singletonMap("data", result.getData()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                LOG.debugf(e, "result not writable by Jackson; SmallRye writes it");
            }
        }
        return new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
    }

    /** One execution and the connections it serves. */
    final class Operation implements ExecutionResponseWriter, Subscriber<ExecutionResult> {
        private final Key key;
        private final SecurityIdentity identity;
        private final JsonObject payload;
        // guarded by this
        private final Set<Member> members = new LinkedHashSet<>();
        private boolean started;
        private boolean ended;
        private long sequence;
        /** The last result, encoded once as UTF-8 (with the message's closing brace) and shared by every member's frames. */
        private Buffer last;
        private volatile Subscription upstream;
        private volatile ContextState requestState;

        Operation(Key key, SecurityIdentity identity, JsonObject payload) {
            this.key = key;
            this.identity = identity;
            this.payload = payload;
        }

        synchronized boolean add(Member member) {
            if (ended) {
                return false;
            }
            members.add(member);
            member.operation = this;
            if (last != null) {
                member.next(sequence, last);
            }
            return true;
        }

        void remove(Member member) {
            synchronized (this) {
                members.remove(member);
                if (!members.isEmpty() || ended) {
                    return;
                }
                ended = true;
            }
            dispose();
        }

        /** Executes on a fresh Vert.x context, in a request context of its own that carries the identity. */
        void start() {
            synchronized (this) {
                if (started) {
                    return;
                }
                started = true;
            }
            io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> execute());
        }

        private void execute() {
            synchronized (this) {
                if (ended) {
                    return; // every member left before it started
                }
            }
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                identityAssociation.setIdentity(identity);
                requestState = requestContext.getState();
                Map<String, Object> meta = new HashMap<>();
                meta.put("runBlocking", false);
                meta.put("httpHeaders", Map.of());
                meta.put("state", requestState);
                graphql.executeAsync(jakarta.json.Json.createReader(new StringReader(payload.encode())).readObject(), meta, this);
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                requestContext.deactivate();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.getData() instanceof Publisher<?> results) {
                ((Publisher<ExecutionResult>) results).subscribe(this);
            } else if (result.getData() == null && !result.getErrors().isEmpty()) {
                end("error", response.getExecutionResultAsJsonObject().getJsonArray("errors").toString());
            } else {
                publish(encode(result));
                end("complete", null);
            }
        }

        @Override
        public void fail(Throwable failure) {
            LOG.debugf(failure, "GraphQL operation over WebSocket failed");
            end("error", "[{\"message\":" + Json.encode(String.valueOf(failure.getMessage())) + "}]");
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            upstream = subscription;
            boolean over;
            synchronized (this) {
                over = ended;
            }
            if (over) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(ExecutionResult result) {
            long began = System.nanoTime();
            publish(encode(result));
            // the next result no sooner than the interval: what changed meanwhile comes with it
            long wait = interval.toMillis() - (System.nanoTime() - began) / 1_000_000;
            if (wait <= 0) {
                upstream.request(1);
            } else {
                vertx.setTimer(wait, t -> upstream.request(1));
            }
        }

        @Override
        public void onError(Throwable failure) {
            fail(failure);
        }

        @Override
        public void onComplete() {
            end("complete", null);
        }

        private void publish(byte[] encoded) {
            Buffer payload = shared(encoded);
            List<Member> to;
            long n;
            synchronized (this) {
                if (ended) {
                    return;
                }
                n = ++sequence;
                last = payload;
                to = new ArrayList<>(members);
            }
            for (Member m : to) {
                m.next(n, payload);
            }
        }

        /** The server ends the operation for every member: {@code complete}, or {@code error} with the errors array. */
        private void end(String type, String errors) {
            List<Member> to;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                to = new ArrayList<>(members);
                members.clear();
            }
            for (Member m : to) {
                m.end(type, errors);
            }
            dispose();
        }

        /** Frees what the operation holds: its place among the shared ones, the upstream subscription, the request context. */
        private void dispose() {
            if (key != null) {
                shared.remove(key, this);
            }
            Subscription s = upstream;
            if (s != null) {
                s.cancel();
            }
            ContextState state = requestState;
            if (state != null) {
                Arc.container().requestContext().destroy(state);
            }
            synchronized (this) {
                last = null;
            }
        }
    }

    /**
     * A result's bytes, followed by the closing brace of the {@code next} message, as one Vert.x
     * buffer that every member's frame reads without copying: a heap buffer over the array, made
     * unreleasable so that the frames written from it need no reference counting (Netty releases
     * each frame after writing it; the garbage collector frees the array when the last frame and
     * {@code last} let go of it).
     */
    private static Buffer shared(byte[] encoded) {
        byte[] message = Arrays.copyOf(encoded, encoded.length + 1);
        message[encoded.length] = '}';
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(message)));
    }

    /** One connection's operation (its client-chosen id) within an {@link Operation}. */
    final class Member {
        final GraphQLWebSocketEndpoint.Connection connection;
        private final String id;
        /** {@code {"id":"…","type":"next","payload":}: the member's own start of every {@code next} message. */
        private final String nextPrefix;
        volatile Operation operation;
        // guarded by this
        private long sent;
        private long pendingSequence;
        private Buffer pending;

        Member(GraphQLWebSocketEndpoint.Connection connection, String id) {
            this.connection = connection;
            this.id = id;
            this.nextPrefix = "{\"id\":" + Json.encode(id) + ",\"type\":\"next\",\"payload\":";
        }

        /**
         * Sends result number {@code sequence} unless a later one was sent; keeps only the newest
         * while the socket's write queue is full. A thousand members cost one encoding: each
         * message is the member's prefix and the shared payload ({@link Connection#sendNext}).
         */
        synchronized void next(long sequence, Buffer payload) {
            if (sequence <= sent || connection.isClosed()) {
                return;
            }
            if (connection.socket.writeQueueFull()) {
                pending = payload;
                pendingSequence = sequence;
                connection.waitForDrain(this);
                return;
            }
            sent = sequence;
            connection.sendNext(nextPrefix, payload);
        }

        void flush() {
            Buffer payload;
            long sequence;
            synchronized (this) {
                payload = pending;
                sequence = pendingSequence;
                pending = null;
            }
            if (payload != null) {
                next(sequence, payload);
            }
        }

        synchronized void end(String type, String errors) {
            connection.finished(id, this);
            if (connection.isClosed()) {
                discard();
                return;
            }
            if (pending != null) {
                sent = pendingSequence;
                connection.sendNext(nextPrefix, pending);
                pending = null;
            }
            connection.sendText("{\"id\":" + Json.encode(id) + ",\"type\":\"" + type + "\""
                    + (errors == null ? "" : ",\"payload\":" + errors) + "}");
        }

        /** Drops what waits to be sent (the connection is gone). */
        synchronized void discard() {
            pending = null;
        }

        /** The client completed the operation, or its connection closed. */
        void leave() {
            discard();
            Operation o = operation;
            if (o != null) {
                o.remove(this);
            }
        }
    }
}
