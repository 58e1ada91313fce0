package org.biwu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code me} answers from a real Keycloak token; calls without a valid token are refused. */
@QuarkusTest
class ViewerGraphQLApiTest {

    private static final Map<String, String> ME = Map.of("query", "{ me { username roles } }");

    @Test
    void theDemoOrganizerIsAnOrganizer() {
        given().auth().oauth2(Tokens.of("organizer")).contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", equalTo(null))
                .body("data.me.username", equalTo("organizer"))
                .body("data.me.roles", contains("organizer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chief-judge", "judge", "scorekeeper", "hr", "competitor", "viewer", "partner"})
    void everyDemoUserHasTheRoleOfItsName(String username) {
        given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.me.username", equalTo(username))
                .body("data.me.roles", contains(username));
    }

    @Test
    void thePartnerDemoSystemReadsAsPartner() {
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.me.username", equalTo("service-account-biwu-partner-demo"))
                .body("data.me.roles", hasItem("partner"))
                .body("data.me.roles", not(hasItem("organizer")));
    }

    @Test
    void aRequestWithoutATokenIsRefused() {
        given().contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithAForgedSignatureIsRefused() {
        String token = Tokens.of("viewer");
        String[] parts = token.split("\\.");
        // the organizer's claims under the viewer's signature
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"viewer\"", "\"organizer\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + forgedClaims + "." + parts[2]).contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void aTokenThatIsNotAJwtIsRefused() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(ME)
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void theSchemaIsPublicForPartnersAndTheContractCheck() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("me: Viewer"));
    }

    @Test
    void theGraphQLUiCanIntrospectWithinTheDepthLimit() {
        given().auth().oauth2(Tokens.of("viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", IntrospectionQueries.GRAPHIQL))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", equalTo(null))
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        given().auth().oauth2(Tokens.of("viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", IntrospectionQueries.nestedOfType(20)))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data", equalTo(null))
                .body("errors[0].message", notNullValue())
                .body("errors[0].message", containsString("depth"));
    }
}
