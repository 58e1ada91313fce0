package org.biwu.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.biwu.security.Tokens;

/** GraphQL over HTTP as a real client sends it: POST /graphql with a Keycloak bearer token. */
public final class GraphQL {

    private final String token;
    private final String acceptLanguage;

    private GraphQL(String token, String acceptLanguage) {
        this.token = token;
        this.acceptLanguage = acceptLanguage;
    }

    /** A client for a demo user of the realm (password grant), sending no Accept-Language. */
    public static GraphQL as(String username) {
        return new GraphQL(Tokens.of(username), null);
    }

    /** A client for the partner demo system's service account (client credentials of biwu-partner-demo). */
    public static GraphQL partnerSystem() {
        return new GraphQL(Tokens.partner(), null);
    }

    /** The same client reading the API in a language: its requests carry {@code Accept-Language: acceptLanguage}. */
    public GraphQL reading(String acceptLanguage) {
        return new GraphQL(token, acceptLanguage);
    }

    /**
     * Runs an operation and returns the whole response; fails when the response has top-level
     * errors (those are for malformed requests and faults, never business rules).
     */
    public JsonPath run(String document, Object... variables) {
        JsonPath response = raw(document, variables);
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return response;
    }

    /** Runs an operation and returns the response, errors or not. */
    public JsonPath raw(String document, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
