package org.defencetracker.exchange;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;

/**
 * Runs the writes of one dump import a record at a time, so that a refusal of the services names the record of the
 * dump it was given, in the reader's language ({@code locale}), and stops the import there.
 */
record DumpAttempts(MessageSource messages, Locale locale) {

    /** A record the services refused; the import stops there and writes nothing. */
    static final class Refused extends RuntimeException {

        private final ImportProblem problem;

        Refused(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    /** Runs one write of {@code record} ("act 12") and answers what it gave. */
    <T> T attempt(String record, Supplier<T> write) {
        try {
            return write.get();
        } catch (Refused ex) {
            throw ex;
        } catch (RuntimeException ex) {
            // The services' own refusals speak to people; the database's name its tables and SQL, which stay out.
            String reason = ex instanceof DataAccessException || ex.getMessage() == null
                    ? message("import.dump.storedRefusal")
                    : ex.getMessage();
            throw new Refused(ImportProblem.inRecord(record, null, message("import.dump.refused", reason)));
        }
    }

    /** Runs one write of {@code record} that gives nothing back. */
    void run(String record, Runnable write) {
        attempt(record, () -> {
            write.run();
            return null;
        });
    }

    /** A refusal of the import itself, at a field of the record, with the message of {@code code}. */
    Refused refusal(String record, String field, String code) {
        return new Refused(ImportProblem.inRecord(record, field, message(code)));
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
