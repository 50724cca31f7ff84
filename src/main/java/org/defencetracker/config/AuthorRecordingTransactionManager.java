package org.defencetracker.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * The JPA transaction manager (shared with JdbcClient through the bound connection) that tells the database who
 * is writing: every read-write transaction started for a signed-in user sets {@code defence_tracker.author} for
 * its own duration, and the change-history triggers record that name. Without a user the triggers write "system".
 */
class AuthorRecordingTransactionManager extends JpaTransactionManager {

    static final String SETTING = "defence_tracker.author";
    static final int MAX_LENGTH = 100;

    /**
     * Set while the user is being found out. The security context of a request is loaded lazily from the session,
     * and the sessions are kept in the database: loading it runs a transaction of its own, which must neither ask for
     * the user again nor find this transaction half begun.
     */
    private static final ThreadLocal<Boolean> FINDING_USER = new ThreadLocal<>();

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        String author = definition.isReadOnly() ? null : currentUserOnce();
        super.doBegin(transaction, definition);
        DataSource dataSource = getDataSource();
        if (author == null || dataSource == null) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, SETTING);
            statement.setString(2, author.length() > MAX_LENGTH ? author.substring(0, MAX_LENGTH) : author);
            statement.execute();
        } catch (SQLException ex) {
            // The transaction has begun: end it rather than let it write without saying who writes.
            rollBackQuietly(connection);
            doCleanupAfterCompletion(transaction);
            throw new CannotCreateTransactionException("Could not record the author of the transaction", ex);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void rollBackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken already; the pool discards it.
        }
    }

    private static String currentUserOnce() {
        if (FINDING_USER.get() != null) {
            return null;
        }
        FINDING_USER.set(Boolean.TRUE);
        try {
            return currentUser();
        } finally {
            FINDING_USER.remove();
        }
    }

    /** The signed-in user's name, or null for nobody (an anonymous visitor, a job, a test without a user). */
    static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String name = authentication.getName();
        return name == null || name.isBlank() ? null : name;
    }
}
