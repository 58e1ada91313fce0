package org.biwu.security;

import static io.restassured.RestAssured.given;

import org.biwu.local.LocalKeycloak;

/** Real access tokens from the test Keycloak, for the realm's demo accounts. */
public final class Tokens {

    /** Password of every demo user of the realm file. */
    public static final String DEMO_PASSWORD = "biwu-demo";

    private static final String TOKEN_URL = LocalKeycloak.REALM_URL + "/protocol/openid-connect/token";

    private Tokens() {
    }

    private record Cached(String token, long until) {
    }

    private static final java.util.Map<String, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** An access token for a demo user, through the development client's password grant (reused for 5 minutes). */
    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.until() > System.currentTimeMillis()) {
            return cached.token();
        }
        String token = fresh(username);
        CACHE.put(username, new Cached(token, System.currentTimeMillis() + 300_000));
        return token;
    }

    /** A new access token for a demo user. */
    public static String fresh(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "biwu-dev")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** An access token of the partner demo system's service account (client credentials). */
    public static String partner() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "biwu-partner-demo")
                .formParam("client_secret", "partner-demo-secret")
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
