package org.biwu.api.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.biwu.security.Tokens;
import org.biwu.testing.Fixtures;
import org.biwu.testing.Subscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The graphql-transport-ws rules the endpoint enforces, each answered with the protocol's close code. */
@QuarkusTest
class GraphQLWebSocketProtocolTest {

    static final String ME = "subscription { leaderboardChanged(eventId: \"Event:0\") { version } }";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void subscribingBeforeConnectionInitIsUnauthorized() {
        try (Subscription early = Subscription.socket(port)) {
            early.subscribe("1", ME);
            assertThat(closeCode(early)).isEqualTo(4401);
        }
    }

    @Test
    void aSecondOperationUnderAnIdInUseIsRefused() {
        String competition = Fixtures.competition("2026年钳工技能比武", "SKILL", "ENTERPRISE");
        String event = Fixtures.event(Fixtures.simpleEvent(competition, "钳工", 1, "SINGLE", 0, 0, "BLOCK"));
        Fixtures.status(competition, "RUNNING");
        String standings = "subscription($e: ID!) { leaderboardChanged(eventId: $e) { version } }";
        try (Subscription client = Subscription.connect(port, Tokens.of("viewer"))) {
            client.subscribe("same", standings, "e", event);
            client.nextData("same"); // running: its id is in use
            client.subscribe("same", standings, "e", event);
            assertThat(closeCode(client)).isEqualTo(4409);
        }
    }

    @Test
    void aSecondConnectionInitIsRefused() {
        try (Subscription client = Subscription.connect(port, Tokens.of("viewer"))) {
            client.sendInit(Tokens.of("viewer"));
            assertThat(closeCode(client)).isEqualTo(4429);
        }
    }

    @Test
    void aSubscriptionThatCannotStartEndsWithAnErrorAndFreesItsId() {
        try (Subscription client = Subscription.connect(port, Tokens.of("viewer"))) {
            client.subscribe("1", ME);
            com.fasterxml.jackson.databind.JsonNode error = client.next();
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("id").asText()).isEqualTo("1");
            assertThat(error.path("payload").path(0).path("message").asText()).isNotBlank();
            client.subscribe("1", "{ me { username } }"); // the id is free again
            assertThat(client.nextData("1").path("data").path("me").path("username").asText()).isEqualTo("viewer");
        }
    }

    @Test
    void theLegacySubprotocolIsRefusedAtTheUpgrade() {
        CompletionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(CompletionException.class,
                () -> HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-ws")
                        .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() { })
                        .orTimeout(Subscription.WAIT.toSeconds(), TimeUnit.SECONDS).join());
        assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(400);
    }

    private static int closeCode(Subscription s) {
        return s.closed().orTimeout(Subscription.WAIT.toSeconds(), TimeUnit.SECONDS).join().code();
    }
}
