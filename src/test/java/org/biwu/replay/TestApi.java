package org.biwu.replay;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.biwu.security.Tokens;

/** The {@link Scorekeeper}'s GraphQL through the tests' client: the API under test, tokens of the test Keycloak. */
final class TestApi {

    private TestApi() {
    }

    static final GraphQLClient CLIENT = (username, document, variables) -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        try {
            String response = given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON)
                    .body(GraphQLClient.JSON.writeValueAsString(body))
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .extract().asString();
            return GraphQLClient.data(GraphQLClient.JSON.readTree(response));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    };

    /** A mark as read back, decimals without trailing zeros so that equal values are equal. */
    record StoredMark(String bib, int attempt, String judge, BigDecimal value, BigDecimal difficulty, boolean conflict) {
        StoredMark {
            value = value.stripTrailingZeros();
            difficulty = difficulty == null ? null : difficulty.stripTrailingZeros();
        }
    }

    /** The event's marks as the scorekeeper reads them. */
    static List<StoredMark> marks(String eventId) {
        JsonNode marks = CLIENT.run(Scorekeeper.SCOREKEEPER, """
                query($id: ID!) { event(id: $id) { marks(round: "final") {
                  registration { bib } attempt difficulty value conflict judge { name } } } }""",
                Map.of("id", eventId)).path("event").path("marks");
        List<StoredMark> out = new ArrayList<>();
        marks.forEach(m -> out.add(new StoredMark(m.path("registration").path("bib").asText(), m.path("attempt").asInt(),
                m.path("judge").path("name").asText(), m.path("value").decimalValue(),
                m.path("difficulty").isNull() ? null : m.path("difficulty").decimalValue(), m.path("conflict").asBoolean())));
        return out;
    }

    /**
     * Every mark of the file as it should be stored: a conflict where the judge's country is the
     * athlete's (the event's policy is FLAG: recorded, not refused).
     */
    static List<StoredMark> expectedMarks(JudgedFinal fin) {
        List<StoredMark> out = new ArrayList<>();
        for (JudgedFinal.Attempt a : fin.markedAttempts()) {
            for (int j = 0; j < a.marks().size(); j++) {
                JudgedFinal.Judge judge = fin.judges().get(j);
                boolean conflict = judge.affiliation() != null && Objects.equals(judge.affiliation(), a.athlete().affiliation());
                out.add(new StoredMark(a.athlete().bib(), a.number(), judge.name(), a.marks().get(j), a.difficulty(), conflict));
            }
        }
        return out;
    }

    /** Every scored attempt of the event's leaderboard as "name what n: score" (to the cent). */
    static List<String> attemptScores(String eventId, String what) {
        List<java.util.Map<String, Object>> entries = org.biwu.testing.Fixtures.ORGANIZER.run("""
                query($id: ID!) { event(id: $id) { leaderboard { entries { registration { competitor { name } }
                  modules { aspects { attempts { attempt score } } } } } } }""", "id", eventId)
                .getList("data.event.leaderboard.entries");
        List<String> shown = new java.util.ArrayList<>();
        for (java.util.Map<String, Object> entry : entries) {
            String name = (String) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) entry.get("registration")).get("competitor")).get("name");
            for (Object module : (List<?>) entry.get("modules")) {
                for (Object aspect : (List<?>) ((java.util.Map<?, ?>) module).get("aspects")) {
                    for (Object attempt : (List<?>) ((java.util.Map<?, ?>) aspect).get("attempts")) {
                        java.util.Map<?, ?> a = (java.util.Map<?, ?>) attempt;
                        if (a.get("score") != null) {
                            shown.add(name + " " + what + " " + a.get("attempt") + ": "
                                    + Scorekeeper.cents(new java.math.BigDecimal(a.get("score").toString())));
                        }
                    }
                }
            }
        }
        return shown;
    }

    /** Every marked attempt of a final with its official score, in the form of {@link #attemptScores}. */
    static List<String> officialAttemptScores(JudgedFinal fin, String what) {
        return fin.markedAttempts().stream()
                .map(t -> t.athlete().name() + " " + what + " " + t.number() + ": " + Scorekeeper.cents(t.officialScore())).toList();
    }
}
