package org.biwu.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.biwu.local.LocalPostgres;

/**
 * A fresh, empty PostgreSQL 15 for one benchmark run: the zonky embedded binaries the project
 * uses everywhere ({@link LocalPostgres}), started here with the settings a production database
 * has and a benchmark must have. Zonky's defaults are made for fast tests and lose commits on a
 * crash: it starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}.
 * Here both are on again ({@code -c fsync=on} comes after {@code -F} and wins), and checked with
 * SHOW after the start. {@code pg_stat_statements} is loaded to count the statements of a mark's
 * way. Data in a temporary folder, deleted when it stops.
 */
final class BenchPostgres implements AutoCloseable {

    /** The server settings that matter for a fair figure, and their required values. */
    static final Map<String, String> DURABLE = new LinkedHashMap<>();

    static {
        DURABLE.put("fsync", "on");
        DURABLE.put("synchronous_commit", "on");
        DURABLE.put("full_page_writes", "on");
    }

    private final EmbeddedPostgres server;

    private BenchPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchPostgres start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .setServerConfig("track_wal_io_timing", "on")
                .setLocaleConfig("encoding", "UTF8");
        DURABLE.forEach(builder::setServerConfig);
        BenchPostgres pg = new BenchPostgres(builder.start());
        try {
            pg.prepare();
        } catch (SQLException | RuntimeException e) {
            pg.close();
            throw new IOException("could not prepare the benchmark database: " + e.getMessage(), e);
        }
        return pg;
    }

    private void prepare() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> setting : DURABLE.entrySet()) {
                try (ResultSet r = s.executeQuery("show " + setting.getKey())) {
                    r.next();
                    if (!setting.getValue().equals(r.getString(1))) {
                        throw new IllegalStateException(setting.getKey() + " is " + r.getString(1) + ", not " + setting.getValue());
                    }
                }
            }
            s.execute("create role " + LocalPostgres.USER + " login password '" + LocalPostgres.PASSWORD + "'");
            s.execute("create database " + LocalPostgres.DATABASE + " owner " + LocalPostgres.USER);
        }
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("create extension pg_stat_statements");
        }
    }

    /** A superuser connection to the service's database (statistics, pgbench's table). */
    Connection superuser() throws SQLException {
        return server.getDatabase("postgres", LocalPostgres.DATABASE).getConnection();
    }

    /** fsync, synchronous_commit, full_page_writes and wal_sync_method as the server has them. */
    String settings() throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = superuser(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select name, setting from pg_settings where name in "
                     + "('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers') order by name")) {
            while (r.next()) {
                b.append(b.length() == 0 ? "" : ", ").append(r.getString(1)).append('=').append(r.getString(2));
            }
        }
        return b.toString();
    }

    int port() {
        return server.getPort();
    }

    String url() {
        return "postgresql://localhost:" + port() + "/" + LocalPostgres.DATABASE;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
