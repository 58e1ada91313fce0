package org.biwu.local;

import java.nio.file.Path;

/** Where the project and its git-ignored local state ({@code .local/}) are. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The repository root: system property {@code biwu.project.dir} (set by Maven), else the working directory. */
    public static Path project() {
        return Path.of(System.getProperty("biwu.project.dir", ".")).toAbsolutePath().normalize();
    }

    /** The git-ignored folder for PostgreSQL data, the unpacked Keycloak and logs. */
    public static Path local() {
        String configured = System.getProperty("biwu.local.dir");
        return configured != null ? Path.of(configured).toAbsolutePath().normalize() : project().resolve(".local");
    }

    /** The Keycloak realm file shared by the local platform, the tests and k8s/. */
    public static Path realmFile() {
        return project().resolve("src/main/keycloak/biwu-realm.json");
    }
}
