package org.biwu.api.ws;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;

/** One connection's operation (its client-chosen id) within a {@link SharedOperation}. */
final class OperationMember {
    final GraphQLWebSocketEndpoint.Connection connection;
    private final String id;
    /** {@code {"id":"…","type":"next","payload":}: the member's own start of every {@code next} message. */
    private final String nextPrefix;
    volatile SharedOperation operation;
    // guarded by this
    private long sent;
    private long pendingSequence;
    private Buffer pending;

    OperationMember(GraphQLWebSocketEndpoint.Connection connection, String id) {
        this.connection = connection;
        this.id = id;
        this.nextPrefix = "{\"id\":" + Json.encode(id) + ",\"type\":\"next\",\"payload\":";
    }

    /**
     * Sends result number {@code sequence} unless a later one was sent; keeps only the newest
     * while the socket's write queue is full. A thousand members cost one encoding: each
     * message is the member's prefix and the shared payload
     * ({@link GraphQLWebSocketEndpoint.Connection#sendNext}).
     */
    synchronized void next(long sequence, Buffer payload) {
        if (sequence <= sent || connection.isClosed()) {
            return;
        }
        if (connection.socket.writeQueueFull()) {
            // a flush that took an older result must not replace a newer one parked meanwhile
            if (pending == null || sequence > pendingSequence) {
                pending = payload;
                pendingSequence = sequence;
            }
            connection.waitForDrain(this);
            return;
        }
        sent = sequence;
        connection.sendNext(nextPrefix, payload);
        if (pending != null && pendingSequence <= sent) {
            pending = null;
        }
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
        SharedOperation o = operation;
        if (o != null) {
            o.remove(this);
        }
    }
}
