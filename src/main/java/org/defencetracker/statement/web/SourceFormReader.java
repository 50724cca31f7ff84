package org.defencetracker.statement.web;

import java.time.Clock;
import java.time.LocalDate;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.DateInput;
import org.defencetracker.statement.CreateSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads a source form into the command it describes, making the checks bean validation cannot: the address and
 * the date. The page and the JSON API both read sources through it, so that both refuse the same input.
 */
@Component
public class SourceFormReader {

    private final Clock clock;

    SourceFormReader(Clock clock) {
        this.clock = clock;
    }

    /** The command the form describes, or null after rejecting the fields that cannot be used in {@code errors}. */
    public CreateSource read(SourceForm form, Errors errors) {
        String url = form.getUrl() == null || form.getUrl().isBlank()
                ? null
                : form.getUrl().strip();
        if (url != null && !errors.hasFieldErrors("url") && !CreateSource.isWebAddress(url)) {
            errors.rejectValue("url", "source.form.urlFormat");
        }
        FuzzyDate published = null;
        if (form.getDate() != null && !form.getDate().isBlank() && !errors.hasFieldErrors("date")) {
            DatePrecision precision = form.getPrecision() == null ? DatePrecision.DAY : form.getPrecision();
            published = DateInput.read(form.getDate(), precision, false, LocalDate.now(clock), "date", errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new CreateSource(form.getPublisher(), form.getTitle(), url, published, form.getNote());
    }
}
