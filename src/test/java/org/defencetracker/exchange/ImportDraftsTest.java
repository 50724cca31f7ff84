package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.defencetracker.act.StageKind;
import org.defencetracker.exchange.Dump.DumpDate;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StageRecord;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.shared.DatePrecision;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ImportDraftsTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> refusedFields(Object draft) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(draft);
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted()
                .toList();
    }

    @Test
    void givesDatesBackAsAnEditorTypesThemAtTheirPrecision() {
        LocalDate day = LocalDate.of(2025, 9, 14);

        assertThat(ImportDrafts.text(new DumpDate(day, DatePrecision.DAY, false)))
                .isEqualTo("2025-09-14");
        assertThat(ImportDrafts.text(new DumpDate(day, DatePrecision.MONTH, true)))
                .isEqualTo("2025-09");
        assertThat(ImportDrafts.text(new DumpDate(day, DatePrecision.YEAR, false)))
                .isEqualTo("2025");
        assertThat(ImportDrafts.text(new DumpDate(null, DatePrecision.DAY, false)))
                .isNull();
        assertThat(ImportDrafts.text(new DumpDate(day, null, false))).isNull();
        assertThat(ImportDrafts.text(null)).isNull();
        assertThat(ImportDrafts.precision(new DumpDate(day, DatePrecision.MONTH, false)))
                .isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aDumpsSourceIsTheSourceFormsDraftWithItsConstraints() {
        ImportDrafts.Source draft = new ImportDrafts.Source(new SourceRecord(
                7,
                " ",
                "Report",
                "https://example.org/a",
                new DumpDate(LocalDate.of(2025, 3, 1), DatePrecision.MONTH, false),
                "x".repeat(1001),
                false));

        assertThat(draft.getTitle()).isEqualTo("Report");
        assertThat(draft.getDate()).isEqualTo("2025-03");
        assertThat(draft.getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(refusedFields(draft)).containsExactly("note", "publisher");
    }

    @Test
    void aCsvRowsSourceIsAsPreciseAsItsDateIsWrittenAndHasNoNote() {
        ImportDrafts.Source draft = ImportDrafts.Source.ofRow("Tengrinews", "Report", null, "2025");

        assertThat(draft.getDate()).isEqualTo("2025");
        assertThat(draft.getPrecision()).isNull();
        assertThat(draft.getNote()).isNull();
        assertThat(refusedFields(draft)).isEmpty();
    }

    @Test
    void anIncidentsNumbersAndDateAreTypedBackAndItsFieldsCheckedByTheirFormNames() {
        ImportDrafts.Incident draft = new ImportDrafts.Incident(new IncidentRecord(
                3,
                IncidentKind.CRASH,
                "",
                new DumpDate(LocalDate.of(2025, 9, 14), DatePrecision.DAY, true),
                "KZ",
                "KZ-75",
                "Almaty",
                new BigDecimal("43.2380"),
                new BigDecimal("76.9450"),
                GeoPrecision.EXACT,
                0,
                null,
                IncidentResponse.NONE,
                null,
                null,
                List.of(1L),
                false));

        assertThat(draft.getDate()).isEqualTo("2025-09-14");
        assertThat(draft.isApproximate()).isTrue();
        assertThat(draft.getLatitude()).isEqualTo("43.2380");
        assertThat(draft.getLongitude()).isEqualTo("76.9450");
        assertThat(draft.getRegion()).isEqualTo("KZ-75");
        assertThat(refusedFields(draft)).containsExactly("objectsCount", "title");
    }

    @Test
    void stagesAndDutiesAreTheActFormsRows() {
        ImportDrafts.Stage stage = new ImportDrafts.Stage(new StageRecord(
                StageKind.values()[0], new DumpDate(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, true), 2L, "n"));
        ImportDrafts.Duty duty = new ImportDrafts.Duty(
                new MandateRecord(4, 2, 1, null, "d".repeat(1001), LocalDate.of(2024, 2, 1), null, null));

        assertThat(stage.getDate()).isEqualTo("2024");
        assertThat(stage.getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(stage.isApproximate()).isTrue();
        assertThat(duty.getValidFrom()).isEqualTo("2024-02-01");
        assertThat(duty.getValidTo()).isNull();
        assertThat(refusedFields(duty)).containsExactly("duty");
    }
}
