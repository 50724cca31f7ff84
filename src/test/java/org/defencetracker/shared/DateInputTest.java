package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    private String refusal() {
        FieldError error = errors.getFieldError("date");
        return error == null ? null : error.getCode();
    }

    @Test
    void readsADayAMonthOrAYearAtThePrecisionItIsWritten() {
        assertThat(DateInput.read("2025-09-14", null, false, TODAY, "date", errors))
                .isEqualTo(FuzzyDate.day(2025, 9, 14));
        assertThat(DateInput.read(" 2025-9 ", null, true, TODAY, "date", errors))
                .isEqualTo(FuzzyDate.month(2025, 9).approximately());
        assertThat(DateInput.read("2025", DatePrecision.YEAR, false, TODAY, "date", errors))
                .isEqualTo(FuzzyDate.year(2025));
        assertThat(DateInput.read("2025-9-4", DatePrecision.DAY, false, null, "date", errors))
                .isEqualTo(FuzzyDate.day(2025, 9, 4));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void refusesAMissingDate() {
        assertThat(DateInput.read("  ", null, false, TODAY, "date", errors)).isNull();
        assertThat(refusal()).isEqualTo("date.required");
    }

    @Test
    void refusesTextThatIsNoDate() {
        assertThat(DateInput.read("14.09.2025", null, false, TODAY, "date", errors))
                .isNull();
        assertThat(refusal()).isEqualTo("date.format");
    }

    @Test
    void refusesADateWrittenMoreOrLessPreciselyThanChosenNamingTheChosenPrecision() {
        assertThat(DateInput.read("2025-09", DatePrecision.DAY, false, TODAY, "date", errors))
                .isNull();
        assertThat(refusal()).isEqualTo("date.precision.DAY");
    }

    @Test
    void refusesADayTheCalendarDoesNotHave() {
        assertThat(DateInput.read("2025-02-30", null, false, TODAY, "date", errors))
                .isNull();
        assertThat(refusal()).isEqualTo("date.invalid");
    }

    @Test
    void refusesADateBefore1900() {
        assertThat(DateInput.read("1899-12", null, false, TODAY, "date", errors))
                .isNull();
        assertThat(refusal()).isEqualTo("date.tooEarly");
    }

    @Test
    void refusesADateAfterTheLatestNamingIt() {
        assertThat(DateInput.read("2025-10-02", null, false, TODAY, "date", errors))
                .isNull();
        assertThat(refusal()).isEqualTo("date.future");
        assertThat(errors.getFieldError("date").getArguments()).containsExactly("2025-10-01");
        // A month that began by the latest day is not in the future.
        assertThat(DateInput.read("2025-10", null, false, TODAY, "date", new MapBindingResult(new HashMap<>(), "f")))
                .isEqualTo(FuzzyDate.month(2025, 10));
    }

    @Test
    void readsAnOptionalPlainDayOnly() {
        assertThat(DateInput.day("", TODAY, "date", errors)).isNull();
        assertThat(DateInput.day(null, TODAY, "date", errors)).isNull();
        assertThat(errors.hasErrors()).isFalse();
        assertThat(DateInput.day("2025-03-04", TODAY, "date", errors)).isEqualTo("2025-03-04");
        assertThat(DateInput.day("2025-03", TODAY, "date", errors)).isNull();
        assertThat(refusal()).isEqualTo("date.precision.DAY");
    }

    @Test
    void typesAStoredDateBackAsPreciselyAsItIsKnown() {
        assertThat(DateInput.text(FuzzyDate.day(2025, 9, 4))).isEqualTo("2025-09-04");
        assertThat(DateInput.text(FuzzyDate.month(2025, 9).approximately())).isEqualTo("2025-09");
        assertThat(DateInput.text(FuzzyDate.year(2025))).isEqualTo("2025");
        assertThat(DateInput.text(null)).isNull();
    }
}
