package org.defencetracker.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.defencetracker.shared.DatabaseUnavailable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Stands in front of the connection pool. While the database cannot be reached, a request for a connection would
 * wait the pool's whole timeout, and one page asks several times (its session, its user, its data): so once the pool
 * has lost every connection and cannot make one, connections are refused at once for a short pause, after which one
 * caller at a time tries the database again. A database that comes back is found by the first try after its return.
 * A pool that is merely busy is not "down": its callers wait as usual.
 */
class FailFastDataSource extends DelegatingDataSource implements Closeable {

    /** How long connections are refused without trying, once the database was found unreachable. */
    static final Duration PAUSE = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final AtomicBoolean trying = new AtomicBoolean();
    private volatile boolean down;
    private volatile long nextTry;

    FailFastDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(() -> pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> pool.getConnection(username, password));
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    private Connection connect(Opening opening) throws SQLException {
        boolean retry = false;
        if (down) {
            if (System.nanoTime() - nextTry < 0 || !trying.compareAndSet(false, true)) {
                throw new SQLTransientConnectionException(
                        "The database could not be reached a moment ago; not trying again yet", "08001");
            }
            retry = true;
        }
        try {
            Connection connection = opening.open();
            down = false;
            return connection;
        } catch (SQLException ex) {
            if (DatabaseUnavailable.is(ex) && hasNoConnections()) {
                nextTry = System.nanoTime() + PAUSE.toNanos();
                down = true;
            }
            throw ex;
        } finally {
            if (retry) {
                trying.set(false);
            }
        }
    }

    private boolean hasNoConnections() {
        HikariPoolMXBean state = pool.getHikariPoolMXBean();
        return state == null || state.getTotalConnections() == 0;
    }

    @Override
    public void close() {
        pool.close();
    }
}
