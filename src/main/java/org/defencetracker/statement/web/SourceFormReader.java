package org.defencetracker.statement.web;

import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads a source form into the command it describes through {@link SourceChecks}. The page and the JSON API both
 * read sources through it, so that both refuse the same input.
 */
@Component
public class SourceFormReader {

    private final SourceChecks checks;

    SourceFormReader(SourceChecks checks) {
        this.checks = checks;
    }

    /** The command the form describes, or null after rejecting the fields that cannot be used in {@code errors}. */
    public CreateSource read(SourceForm form, Errors errors) {
        // The form's precision is chosen beside the date and defaults to a day, as it always has.
        if (form.getPrecision() == null) {
            form.setPrecision(DatePrecision.DAY);
        }
        return checks.read(form, errors);
    }
}
