package org.biwu.api.ws;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.biwu.config.BiwuConfig;
import org.jboss.logging.Logger;

/**
 * Runs the operations of {@link GraphQLWebSocketEndpoint} through SmallRye GraphQL, sharing
 * subscriptions: connections that subscribe with the same document, operation name and variables
 * under the same identity (user name and roles, which is all the leaderboard's visibility rules
 * look at) join one execution. Each result is executed once, encoded once, and the same bytes are
 * written to every member; a member that joins later gets the last result at once, as a fresh
 * subscription would get the current standings. A member whose socket is not draining gets the
 * newest result when it drains, never a backlog. Results of one subscription are at least
 * {@code biwu.live.subscription-interval} apart. Queries and mutations sent over the socket run
 * alone. This class is the registry of the running executions ({@link SharedOperation}) by what
 * makes them the same; each connection's part in one is an {@link OperationMember}.
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
    @Inject
    BiwuConfig.Live live;

    /** What makes two subscriptions the same: who asks, and exactly what. */
    record Key(String user, Set<String> roles, String query, String operationName, JsonObject variables) {
    }

    private final Map<Key, SharedOperation> shared = new ConcurrentHashMap<>();

    OperationMember member(GraphQLWebSocketEndpoint.Connection connection, String id) {
        return new OperationMember(connection, id);
    }

    /** How many shared executions run now for {@code user}'s subscriptions. */
    public long running(String user) {
        return shared.keySet().stream().filter(k -> k.user().equals(user)).count();
    }

    void join(OperationMember member, SecurityIdentity identity, JsonObject payload) {
        String query = payload.getString("query");
        String operationName = payload.getValue("operationName") instanceof String name ? name : null;
        JsonObject variables = payload.getValue("variables") instanceof JsonObject v ? v : new JsonObject();
        Key key = new Key(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()), query, operationName, variables);
        if (!shared.containsKey(key) && !isSubscription(query, operationName)) {
            SharedOperation alone = new SharedOperation(this, null, identity, payload);
            alone.add(member);
            alone.start();
            return;
        }
        while (true) {
            SharedOperation operation = shared.computeIfAbsent(key, k -> new SharedOperation(this, k, identity, payload));
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
    byte[] encode(ExecutionResult result) {
        if (result.getErrors().isEmpty() && (result.getExtensions() == null || result.getExtensions().isEmpty())) {
            try {
                return JSON.writeValueAsBytes(java.util.Collections.singletonMap("data", result.getData()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                LOG.debugf(e, "result not writable by Jackson; SmallRye writes it");
            }
        }
        return new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code operation} ended: a later subscriber with its key starts a new one. */
    void forget(Key key, SharedOperation operation) {
        if (key != null) {
            shared.remove(key, operation);
        }
    }
}
