package org.biwu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL counted during the measured time: every statement the service sent
 * (pg_stat_statements, reset when the measured time begins; BEGIN and COMMIT included), the
 * transactions committed and the WAL flushes (pg_stat_database, pg_stat_wal: differences).
 */
final class DbStats {

    record Statement(String query, long calls, double totalMs, double meanMs, long rows, boolean toplevel) {
    }

    /** Counters at one moment. */
    record Counters(long commits, long rollbacks, long walRecords, long walBytes, long walSyncs, double walSyncMs) {
        Counters minus(Counters o) {
            return new Counters(commits - o.commits, rollbacks - o.rollbacks, walRecords - o.walRecords, walBytes - o.walBytes,
                    walSyncs - o.walSyncs, walSyncMs - o.walSyncMs);
        }
    }

    static void reset(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    static Counters counters(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select d.xact_commit, d.xact_rollback, w.wal_records, w.wal_bytes, w.wal_sync, "
                     + "w.wal_sync_time from pg_stat_database d, pg_stat_wal w where d.datname = current_database()")) {
            r.next();
            return new Counters(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getDouble(6));
        }
    }

    /**
     * The service's statements since the reset, most called first (those of its database user
     * only). Top-level ones are what the service sent, one round trip each; the others ran inside
     * them (foreign key checks of the inserts).
     */
    static List<Statement> statements(Connection c, String user) throws SQLException {
        List<Statement> out = new ArrayList<>();
        try (java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select query, calls, total_exec_time, mean_exec_time, rows, toplevel from pg_stat_statements "
                     + "where userid = (select oid from pg_roles where rolname = '" + user + "') order by calls desc, total_exec_time desc")) {
            while (r.next()) {
                out.add(new Statement(r.getString(1), r.getLong(2), r.getDouble(3), r.getDouble(4), r.getLong(5), r.getBoolean(6)));
            }
        }
        return out;
    }
}
