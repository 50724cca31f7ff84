package org.defencetracker.statement;

import java.time.Clock;
import java.time.LocalDate;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.FuzzyDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a source that bean validation cannot make: the address and the date. The editor's form, the JSON
 * API and the import all read sources through here.
 */
@Component
public class SourceChecks {

    private final Clock clock;

    SourceChecks(Clock clock) {
        this.clock = clock;
    }

    /** The command the draft describes, or null after rejecting the fields that cannot be used in {@code errors}. */
    public CreateSource read(SourceDraft draft, Errors errors) {
        String url = draft.getUrl() == null || draft.getUrl().isBlank()
                ? null
                : draft.getUrl().strip();
        if (url != null && !errors.hasFieldErrors("url") && !CreateSource.isWebAddress(url)) {
            errors.rejectValue("url", "source.form.urlFormat");
        }
        FuzzyDate published = null;
        if (draft.getDate() != null && !draft.getDate().isBlank() && !errors.hasFieldErrors("date")) {
            published =
                    DateInput.read(draft.getDate(), draft.getPrecision(), false, LocalDate.now(clock), "date", errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new CreateSource(draft.getPublisher(), draft.getTitle(), url, published, draft.getNote());
    }
}
