package org.defencetracker.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, unreachable, no connection
 * free in time), which is answered 503 with a time to retry, rather than a fault of the request or of ours.
 */
public final class DatabaseUnavailable {

    /** How long clients are asked to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String CLOSED_BY_THE_POOL = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    private DatabaseUnavailable() {}

    /**
     * Whether the database is there but every connection of the pool is in use by other requests, and none came free
     * in time: the service is overloaded, not cut off. The pool says so with a timeout that has no cause and no SQL
     * state; when the database cannot be reached, its timeout carries the last failure to connect.
     */
    public static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null && timeout.getSQLState() == null;
            }
        }
        return false;
    }

    /** For the log: why a request that failed with {@link #is} was not answered. */
    public static String describe(Throwable failure) {
        return isBusy(failure) ? "every database connection is in use" : "the database is unavailable";
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL state class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            // A statement (a rollback, say) on a connection the pool has already found broken and closed.
            if (cause instanceof SQLException
                    && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith(CLOSED_BY_THE_POOL)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
