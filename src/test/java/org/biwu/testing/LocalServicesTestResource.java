package org.biwu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import org.biwu.local.LocalKeycloak;
import org.biwu.local.LocalPaths;
import org.biwu.local.LocalPostgres;

/**
 * The real services every Quarkus test runs against, started by the same code as the local
 * platform: a fresh embedded PostgreSQL (its own port and data, deleted afterwards) and the
 * project's Keycloak (started if none serves the realm, reused otherwise).
 */
public class LocalServicesTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;
    private LocalKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        try {
            postgres = LocalPostgres.ephemeral();
            keycloak = LocalKeycloak.startOrReuse(LocalPaths.local(), LocalPaths.realmFile(), Duration.ofMinutes(5));
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start the test services: " + e.getMessage(), e);
        }
        return Map.of(
                "biwu.db.url", postgres.url(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "quarkus.oidc.auth-server-url", LocalKeycloak.REALM_URL,
                "quarkus.keycloak.admin-client.server-url", "http://localhost:" + LocalKeycloak.HTTP_PORT);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
            }
        }
    }
}
