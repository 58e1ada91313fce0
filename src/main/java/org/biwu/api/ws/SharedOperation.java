package org.biwu.api.ws;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One execution of a GraphQL operation over WebSocket and the connections it serves
 * ({@link OperationMember}s): executed through SmallRye GraphQL's public {@code ExecutionService}
 * in a request context of its own that carries the subscribers' identity, each result encoded
 * once and handed to every member; at most one result every {@code biwu.live.subscription-interval}.
 * Ends for every member on {@code complete} or {@code error}, and when the last member leaves.
 */
final class SharedOperation implements ExecutionResponseWriter, Subscriber<ExecutionResult> {
    private static final Logger LOG = Logger.getLogger(SharedOperation.class);

    private final SharedOperations owner;
    private final SharedOperations.Key key;
    private final SecurityIdentity identity;
    private final JsonObject payload;
    // guarded by this
    private final Set<OperationMember> members = new LinkedHashSet<>();
    private boolean started;
    private boolean ended;
    private long sequence;
    /** The last result, encoded once as UTF-8 (with the message's closing brace) and shared by every member's frames. */
    private Buffer last;
    private volatile Subscription upstream;
    private volatile ContextState requestState;

    SharedOperation(SharedOperations owner, SharedOperations.Key key, SecurityIdentity identity, JsonObject payload) {
        this.owner = owner;
        this.key = key;
        this.identity = identity;
        this.payload = payload;
    }

    synchronized boolean add(OperationMember member) {
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

    void remove(OperationMember member) {
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
        io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(owner.vertx.getOrCreateContext());
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
            owner.identityAssociation.setIdentity(identity);
            requestState = requestContext.getState();
            Map<String, Object> meta = new HashMap<>();
            meta.put("runBlocking", false);
            meta.put("httpHeaders", Map.of());
            meta.put("state", requestState);
            owner.graphql.executeAsync(jakarta.json.Json.createReader(new StringReader(payload.encode())).readObject(), meta, this);
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
            publish(owner.encode(result));
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
        publish(owner.encode(result));
        // the next result no sooner than the interval: what changed meanwhile comes with it
        long wait = owner.live.subscriptionInterval().toMillis() - (System.nanoTime() - began) / 1_000_000;
        if (wait <= 0) {
            upstream.request(1);
        } else {
            owner.vertx.setTimer(wait, t -> upstream.request(1));
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
        Buffer payload = sharedPayload(encoded);
        List<OperationMember> to;
        long n;
        synchronized (this) {
            if (ended) {
                return;
            }
            n = ++sequence;
            last = payload;
            to = new ArrayList<>(members);
        }
        for (OperationMember m : to) {
            m.next(n, payload);
        }
    }

    /** The server ends the operation for every member: {@code complete}, or {@code error} with the errors array. */
    private void end(String type, String errors) {
        List<OperationMember> to;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            to = new ArrayList<>(members);
            members.clear();
        }
        for (OperationMember m : to) {
            m.end(type, errors);
        }
        dispose();
    }

    /** Frees what the operation holds: its place among the shared ones, the upstream subscription, the request context. */
    private void dispose() {
        if (key != null) {
            owner.forget(key, this);
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

    /**
     * A result's bytes, followed by the closing brace of the {@code next} message, as one Vert.x
     * buffer that every member's frame reads without copying: a heap buffer over the array, made
     * unreleasable so that the frames written from it need no reference counting (Netty releases
     * each frame after writing it; the garbage collector frees the array when the last frame and
     * {@code last} let go of it).
     */
    private static Buffer sharedPayload(byte[] encoded) {
        byte[] message = Arrays.copyOf(encoded, encoded.length + 1);
        message[encoded.length] = '}';
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(message)));
    }
}
