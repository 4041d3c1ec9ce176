package org.tansiq.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed pool of JDBC connections to the bench database for the SQL baselines (32, one per load
 * thread at most). Each has a statement timeout, so a baseline that does not answer is a
 * timeout like an HTTP one, and the application name {@value #APPLICATION_NAME}, so
 * {@link #cancelAbandoned} can tell the app's queries from ours.
 */
final class JdbcPool implements AutoCloseable {

    static final String APPLICATION_NAME = "tansiq-layers-bench";

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all;
    private final long timeoutMillis;

    JdbcPool(String url, String user, String password, int size, long timeoutMillis) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", APPLICATION_NAME);
        this.idle = new ArrayBlockingQueue<>(size);
        this.timeoutMillis = timeoutMillis;
        Connection[] cs = new Connection[size];
        for (int i = 0; i < size; i++) {
            cs[i] = DriverManager.getConnection(url, p);
            try (Statement st = cs[i].createStatement()) {
                st.execute("SET statement_timeout = " + timeoutMillis);
            }
            idle.add(cs[i]);
        }
        this.all = List.of(cs);
    }

    /** A timed run of {@code sql} with {@code args}, reading the whole first column of its one row. */
    Timed timed(String sql, List<Object> args) {
        return () -> {
            long t0 = System.nanoTime();
            Connection c = null;
            try {
                c = idle.take();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        String page = rs.next() ? rs.getString(1) : null;
                        return new Timed.Outcome(page != null, false, (System.nanoTime() - t0) / 1e6,
                                page == null ? "no row" : null);
                    }
                }
            } catch (SQLException e) {
                // 57014: canceled by statement_timeout.
                boolean timeout = "57014".equals(e.getSQLState());
                return new Timed.Outcome(false, timeout, (System.nanoTime() - t0) / 1e6,
                        timeout ? "timeout" : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Timed.Outcome(false, false, 0, "interrupted");
            } finally {
                if (c != null) {
                    idle.add(c);
                }
            }
        };
    }

    /** The first row of a query, as objects (a keyset cursor). */
    Object[] row(String sql, List<Object> args) throws SQLException, InterruptedException {
        Connection c = idle.take();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        } finally {
            idle.add(c);
        }
    }

    /**
     * Cancels the application's queries on this database running longer than the request timeout.
     * An HTTP client that gives up does not stop the query behind it; at a million events one
     * centres query can hold a core for a quarter of an hour and would weigh on every later figure.
     */
    int cancelAbandoned() throws SQLException, InterruptedException {
        Object[] r = row("SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'"
                + " AND application_name <> ? AND now() - query_start > make_interval(secs => ?)",
                // A little under the timeout: the query behind the request that just gave up.
                List.of(APPLICATION_NAME, timeoutMillis * 0.9 / 1000));
        return r == null ? 0 : ((Number) r[0]).intValue();
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing to do
            }
        }
    }
}
