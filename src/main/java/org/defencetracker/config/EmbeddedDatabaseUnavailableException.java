package org.defencetracker.config;

import java.util.Locale;

/** The embedded PostgreSQL could not start; carries one line that tells the operator what to do. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    static final String ACTION = "Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD) to a PostgreSQL server";
    static final String AS_A_NORMAL_USER = ", or run the app as a normal user";

    private EmbeddedDatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    static EmbeddedDatabaseUnavailableException from(Throwable failure) {
        String reason = reasonOf(failure);
        String action = reason.equals(ROOT) ? ACTION + AS_A_NORMAL_USER : ACTION;
        return new EmbeddedDatabaseUnavailableException(
                "The embedded PostgreSQL cannot start (" + reason + "). " + action + ".", failure);
    }

    /** The data or binaries folder cannot be used: the operator chooses another, a server is not needed. */
    static EmbeddedDatabaseUnavailableException ofFolders(String problem) {
        return new EmbeddedDatabaseUnavailableException("The embedded PostgreSQL cannot start: " + problem + ".", null);
    }

    private static final String ROOT =
            "PostgreSQL refuses to run as root and this system offers no user namespace to run it in";

    private static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("cannot be run as root")) {
                return ROOT;
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
