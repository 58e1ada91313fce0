package org.biwu.replay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Sends a GraphQL operation to the Biwu API as one of the realm's demo users. */
@FunctionalInterface
public interface GraphQLClient {

    /** JSON with exact decimals: totals are compared to the cent. */
    ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * Runs {@code document} as {@code username} and returns the response's {@code data}.
     *
     * @throws IllegalStateException when the response has top-level errors (malformed requests,
     *                               authentication, faults: never business rules)
     */
    JsonNode run(String username, String document, Map<String, Object> variables);

    /** The {@code data} of a whole GraphQL response. */
    static JsonNode data(JsonNode response) {
        JsonNode errors = response.path("errors");
        if (!errors.isMissingNode() && !errors.isNull() && !errors.isEmpty()) {
            throw new IllegalStateException("GraphQL errors: " + errors);
        }
        return response.path("data");
    }
}
