package org.defencetracker.config;

import java.util.Locale;

/** The embedded PostgreSQL could not start; carries one line that tells the operator what to do. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    static final String ACTION = "Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD) to a PostgreSQL server, or run the app as a normal user.";

    private EmbeddedDatabaseUnavailableException(String reason, Throwable cause) {
        super("The embedded PostgreSQL cannot start (" + reason + "). " + ACTION, cause);
    }

    static EmbeddedDatabaseUnavailableException from(Throwable failure) {
        return new EmbeddedDatabaseUnavailableException(reasonOf(failure), failure);
    }

    private static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("cannot be run as root") || message.contains("as root")) {
                return "PostgreSQL refuses to run as root and this system offers no user namespace to run it in";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
