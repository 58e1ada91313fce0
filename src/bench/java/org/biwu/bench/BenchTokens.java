package org.biwu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Access tokens of the realm's demo users from Keycloak's password grant (client {@code biwu-dev}),
 * renewed in the background well before they expire (Keycloak's access tokens live 15 minutes),
 * so that the load never waits for Keycloak: {@link #get} only reads.
 */
final class BenchTokens implements AutoCloseable {

    static final String PASSWORD = "biwu-demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-token-renewer");
        t.setDaemon(true);
        return t;
    });

    /** @param realmUrl e.g. http://localhost:8180/realms/biwu */
    BenchTokens(String realmUrl) {
        this.endpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
    }

    /** The user's current token, fetched (and from then on renewed) on first use. */
    String get(String username) {
        String token = current.get(username);
        if (token != null) {
            return token;
        }
        synchronized (this) {
            if (!current.containsKey(username)) {
                renew(username);
            }
            return current.get(username);
        }
    }

    private void renew(String username) {
        try {
            String form = "grant_type=password&client_id=biwu-dev&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + PASSWORD;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": HTTP " + r.statusCode() + " " + r.body());
            }
            JsonNode grant = JSON.readTree(r.body());
            current.put(username, grant.path("access_token").asText());
            long lifetime = grant.path("expires_in").asLong(300);
            // renew at half the lifetime: a request never carries a token about to expire
            renewer.schedule(() -> {
                try {
                    renew(username);
                } catch (RuntimeException e) {
                    System.err.println("[bench] token renewal failed for " + username + ": " + e.getMessage());
                    renewer.schedule(() -> renew(username), 10, TimeUnit.SECONDS);
                }
            }, Math.max(10, lifetime / 2), TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + username + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
