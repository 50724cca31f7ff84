package org.defencetracker.config;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * When the embedded PostgreSQL cannot start, the operator gets one line that says what to do instead of a wall of
 * stack traces. Other start-up failures are left to Spring Boot's own reporting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmbeddedDatabaseFailureReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedDatabaseUnavailableException unavailable) {
                System.err.println(unavailable.getMessage());
                return true;
            }
        }
        return false;
    }
}
