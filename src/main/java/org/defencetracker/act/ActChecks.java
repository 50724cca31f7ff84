package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.FuzzyDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of an act that bean validation cannot make: its stages' dates, its duties' periods, the day a duty is
 * withdrawn on. The editor's form, the JSON API and the import all read acts through here.
 */
@Component
public class ActChecks {

    /** How far ahead an act's dates may lie: laws are adopted with a date of entry into force to come. */
    private static final int YEARS_AHEAD = 5;

    private final Clock clock;

    ActChecks(Clock clock) {
        this.clock = clock;
    }

    /** A duty as checked: its text and its period. */
    public record Period(String duty, LocalDate validFrom, LocalDate validTo) {}

    /** The latest day an act's stage, duty or withdrawal may fall on. */
    public LocalDate latest() {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    /**
     * The stage the row describes, taken by {@code bodyId} (null: the issuing body), or null after rejecting the
     * row's fields under {@code field} ("stages[0].").
     */
    public IssueAct.Stage stage(ActDraft.StageDraft row, Long bodyId, String field, Errors errors) {
        if (row.getStage() == null) {
            errors.rejectValue(field + "stage", "NotNull");
        }
        FuzzyDate date = DateInput.read(
                row.getDate(), row.getPrecision(), row.isApproximate(), latest(), field + "date", errors);
        return row.getStage() == null || date == null
                ? null
                : new IssueAct.Stage(row.getStage(), date, bodyId, row.getNote());
    }

    /** The duty's text and period, or null after rejecting the row's fields under {@code field} ("duties[0].", or "" for a duty on its own). */
    public Period duty(ActDraft.DutyDraft row, String field, Errors errors) {
        boolean dutyGiven = row.getDuty() != null && !row.getDuty().isBlank();
        if (!dutyGiven) {
            errors.rejectValue(field + "duty", "NotBlank");
        }
        LocalDate from = null;
        if (row.getValidFrom() == null || row.getValidFrom().isBlank()) {
            errors.rejectValue(field + "validFrom", "act.duty.fromRequired");
        } else {
            from = DateInput.day(row.getValidFrom(), latest(), field + "validFrom", errors);
        }
        LocalDate to = DateInput.day(row.getValidTo(), latest(), field + "validTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue(field + "validTo", "act.duty.endsBeforeStart");
            return null;
        }
        return dutyGiven && from != null ? new Period(row.getDuty().strip(), from, to) : null;
    }

    /**
     * The day a withdrawal takes effect, or null after rejecting {@code field}: required, not too far ahead, and
     * after the day the withdrawn duty began ({@code grantedFrom}, when known).
     */
    public LocalDate effectiveOn(String text, LocalDate grantedFrom, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "act.duty.fromRequired");
            return null;
        }
        LocalDate on = DateInput.day(text, latest(), field, errors);
        if (on != null && grantedFrom != null && !on.isAfter(grantedFrom)) {
            errors.rejectValue(field, "act.withdrawal.tooEarly");
            return null;
        }
        return on;
    }
}
