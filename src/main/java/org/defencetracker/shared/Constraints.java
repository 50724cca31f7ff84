package org.defencetracker.shared;

/** What the database refused a write for, read from the failure rather than guessed from where it happened. */
public final class Constraints {

    private Constraints() {}

    /** The name of the constraint or unique index the write broke, or null when the failure names none. */
    public static String violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
            if (cause instanceof org.postgresql.util.PSQLException refusal
                    && refusal.getServerErrorMessage() != null
                    && refusal.getServerErrorMessage().getConstraint() != null) {
                return refusal.getServerErrorMessage().getConstraint();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** Whether the write broke exactly this constraint. */
    public static boolean violated(Throwable failure, String constraint) {
        return constraint.equalsIgnoreCase(String.valueOf(violated(failure)));
    }
}
