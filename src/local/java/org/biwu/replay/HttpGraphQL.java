package org.biwu.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GraphQL over plain {@code java.net.http}, as a partner system or a script would send it: POST
 * {@code /graphql} with a bearer token from Keycloak's password grant (development client
 * {@code biwu-dev}, the demo users' password). Tokens are reused until shortly before they expire.
 */
public final class HttpGraphQL implements GraphQLClient {

    public static final String DEMO_PASSWORD = "biwu-demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI graphql;
    private final URI tokens;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, long renewAt) {
    }

    /**
     * @param api      the API's base, e.g. http://localhost:8080
     * @param keycloak Keycloak's base, e.g. http://localhost:8180 (realm {@code biwu})
     */
    public HttpGraphQL(URI api, URI keycloak) {
        this.graphql = base(api).resolve("graphql");
        this.tokens = base(keycloak).resolve("realms/biwu/protocol/openid-connect/token");
    }

    private static URI base(URI uri) {
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    @Override
    public JsonNode run(String username, String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + graphql + " as " + username + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        try {
            return GraphQLClient.data(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("POST " + graphql + ": not JSON: " + response.body(), e);
        }
    }

    /** An access token of a demo user, fetched by the password grant. */
    String token(String username) {
        Token cached = cache.get(username);
        if (cached != null && System.currentTimeMillis() < cached.renewAt()) {
            return cached.value();
        }
        String form = "grant_type=password&client_id=biwu-dev&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + DEMO_PASSWORD;
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokens).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + " from " + tokens + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        try {
            JsonNode grant = JSON.readTree(response.body());
            long lifetime = grant.path("expires_in").asLong(60);
            Token token = new Token(grant.path("access_token").asText(),
                    System.currentTimeMillis() + Math.max(lifetime - 30, lifetime / 2) * 1000);
            cache.put(username, token);
            return token.value();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(tokens + ": not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
