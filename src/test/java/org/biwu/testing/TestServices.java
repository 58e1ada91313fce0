package org.biwu.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Attaches the real services ({@link LocalServicesTestResource}: a fresh PostgreSQL, the project's
 * Keycloak) to every {@code @QuarkusTest} of the module. Quarkus applies a test resource declared
 * on any class of the test sources to all tests; this class exists only to declare it, so that no
 * test class carries the services for the others.
 */
@QuarkusTestResource(LocalServicesTestResource.class)
public final class TestServices {

    private TestServices() {
    }
}
