package org.defencetracker.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a statement that bean validation cannot make: its date, an actor named or chosen, known countries,
 * exactly one subject, at least one source. The editor's form, the JSON API and the import all read statements
 * through here.
 */
@Component
public class StatementChecks {

    private final Clock clock;

    StatementChecks(Clock clock) {
        this.clock = clock;
    }

    /** The statement's date, or null after rejecting {@code date}: required, readable, not in the future. */
    public FuzzyDate date(StatementDraft draft, Errors errors) {
        if (errors.hasFieldErrors("date")) {
            return null;
        }
        DatePrecision precision = draft.getPrecision() == null ? DatePrecision.DAY : draft.getPrecision();
        return DateInput.read(draft.getDate(), precision, draft.isApproximate(), LocalDate.now(clock), "date", errors);
    }

    /** Rejects {@code actorName} when the actor is neither named nor a body ({@code actorBodyId}). */
    public static void actor(StatementDraft draft, Long actorBodyId, Errors errors) {
        if (actorBodyId == null
                && (draft.getActorName() == null || draft.getActorName().isBlank())
                && !errors.hasFieldErrors("actorName")) {
            errors.rejectValue("actorName", "statement.form.actorRequired");
        }
    }

    /** The country code in capitals, or null when empty or after rejecting {@code field} as unknown. */
    public static String country(String text, String field, Errors errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(code)) {
            errors.rejectValue(field, "country.unknown");
            return null;
        }
        return code;
    }

    /** Rejects {@code incident} unless the statement is about exactly one of an incident and an act. */
    public static void subject(boolean incidentGiven, boolean actGiven, Errors errors) {
        if (!incidentGiven && !actGiven) {
            errors.rejectValue("incident", "statement.form.subjectRequired");
        } else if (incidentGiven && actGiven) {
            errors.rejectValue("incident", "statement.form.subjectBoth");
        }
    }

    /** Rejects {@code sources} when none is cited and the field holds no other refusal yet. */
    public static void sources(List<Long> ids, int refusedBefore, Errors errors) {
        if (ids.isEmpty() && errors.getFieldErrorCount("sources") == refusedBefore) {
            errors.rejectValue("sources", "statement.form.sourcesRequired");
        }
    }
}
