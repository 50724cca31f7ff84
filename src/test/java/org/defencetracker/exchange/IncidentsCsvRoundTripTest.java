package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.SeparateTracker;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.exchange.ImportService.Duplicates;
import org.defencetracker.exchange.ImportService.Format;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The incidents of a timeline filter, exported in the import's columns, imported into an empty tracker, are the same
 * incidents with the same sources; importing the file again finds every row on record.
 */
@WebPageTest
@Import(TestRecords.class)
class IncidentsCsvRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    SourceService sources;

    @Test
    void aFilteredExportImportedIntoAnEmptyTrackerHoldsTheSameIncidents() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView daily = sources.create(new CreateSource(
                "Daily " + word,
                "Report, \"first\" " + word,
                "https://example.org/" + word,
                FuzzyDate.day(1987, 3, 5),
                null));
        SourceView monthly = sources.create(
                new CreateSource("Monthly " + word, "Digest " + word, null, FuzzyDate.month(1987, 7), null));
        IncidentView twoSources = incidents.record(new RecordIncident(
                IncidentKind.DRONE_INCURSION,
                "Drone over Ekibastuz " + word,
                FuzzyDate.day(1987, 3, 4),
                "KZ",
                "KZ-55",
                "Ekibastuz, \"north\"; station",
                new BigDecimal("51.72345"),
                new BigDecimal("75.32"),
                GeoPrecision.SETTLEMENT,
                2,
                "two small ones",
                IncidentResponse.SCRAMBLED,
                "-seen at dawn,\nthen lost",
                List.of(daily.id(), monthly.id()),
                new IncidentTranslations(
                        "Беспилотник над Экибастузом " + word,
                        "Екібастұз үстіндегі дрон " + word,
                        "замечен на рассвете, затем потерян",
                        null)));
        incidents.setExternalIds(Map.of(twoSources.id(), "ext-" + word));
        IncidentView byMonth = incidents.record(new RecordIncident(
                IncidentKind.DEBRIS_FOUND,
                "=Debris " + word,
                FuzzyDate.month(1987, 6).approximately(),
                "KZ",
                "KZ-55",
                null,
                null,
                null,
                GeoPrecision.REGION,
                null,
                null,
                IncidentResponse.UNKNOWN,
                null,
                List.of(monthly.id()),
                IncidentTranslations.NONE));
        IncidentView archived =
                incidents.record(command("Archived " + word, "KZ-55", FuzzyDate.day(1987, 4, 1), daily));
        incidents.archive(archived.id(), archived.version());
        incidents.record(command("Elsewhere " + word, "KZ-15", FuzzyDate.day(1987, 4, 1), daily));
        incidents.record(command("Later " + word, "KZ-55", FuzzyDate.day(1990, 4, 1), daily));

        byte[] csv = mvc.perform(get("/incidents.csv")
                        .param("region", "KZ-55")
                        .param("from", "1987-01-01")
                        .param("to", "1988-12-31")
                        .param("q", word))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFexternal_id,event_date,date_precision,approximate,kind,title,country,region,"
                        + "location,latitude,longitude,geo_precision,objects,objects_note,response,notes,"
                        + "title_ru,title_kk,notes_ru,notes_kk,source_publisher,source_title,source_url,source_date");
        assertThat(text).contains(",1987-07\r\n").contains("https://tracker.test/incidents/" + byMonth.id());

        try (ConfigurableApplicationContext empty = emptyTracker()) {
            ImportService imports = empty.getBean(ImportService.class);
            ImportReport report = imports.importFile(csv, Format.CSV, false, Duplicates.STOP, Locale.ENGLISH);
            assertThat(report.problems()).isEmpty();
            assertThat(report.written()).isTrue();
            assertThat(report.counts()).containsEntry("incidents", 2).containsEntry("sources", 2);

            List<IncidentView> imported = empty.getBean(IncidentService.class).everyIncident(0, 100);
            assertThat(imported).hasSize(2);
            assertSame(imported, twoSources);
            assertSame(imported, byMonth);

            ImportReport again = imports.importFile(csv, Format.CSV, false, Duplicates.STOP, Locale.ENGLISH);
            assertThat(again.written()).isFalse();
            assertThat(again.problems())
                    .hasSize(3)
                    .allSatisfy(p -> assertThat(p.message()).contains("already on record"))
                    .extracting(ImportProblem::line)
                    // Lines of the file: the notes of the incident citing two sources span two lines.
                    .containsExactlyInAnyOrder(2, 3, 5);
        }
    }

    private static RecordIncident command(String title, String region, FuzzyDate date, SourceView source) {
        return new RecordIncident(
                IncidentKind.CRASH,
                title,
                date,
                "KZ",
                region,
                null,
                null,
                null,
                GeoPrecision.REGION,
                1,
                null,
                IncidentResponse.NONE,
                null,
                List.of(source.id()),
                IncidentTranslations.NONE);
    }

    /** The imported incident titled as the original, field by field, with its sources in the same order. */
    private static void assertSame(List<IncidentView> imported, IncidentView original) {
        IncidentView copy = imported.stream()
                .filter(i -> i.title().equals(original.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not imported: " + original.title()));
        assertThat(copy.date()).isEqualTo(original.date());
        assertThat(copy.kind()).isEqualTo(original.kind());
        assertThat(copy.country()).isEqualTo(original.country());
        assertThat(copy.region().code()).isEqualTo(original.region().code());
        assertThat(copy.place()).isEqualTo(original.place());
        assertThat(number(copy.latitude())).isEqualTo(number(original.latitude()));
        assertThat(number(copy.longitude())).isEqualTo(number(original.longitude()));
        assertThat(copy.geoPrecision()).isEqualTo(original.geoPrecision());
        assertThat(copy.objectsCount()).isEqualTo(original.objectsCount());
        assertThat(copy.objectsNote()).isEqualTo(original.objectsNote());
        assertThat(copy.response()).isEqualTo(original.response());
        assertThat(copy.description()).isEqualTo(original.description());
        assertThat(copy.translations()).isEqualTo(original.translations());
        assertThat(copy.sources())
                .extracting(s -> s.publisher() + "|" + s.title() + "|" + s.url() + "|" + s.published())
                .as("an incident's sources are a set: its citations keep no order")
                .containsExactlyInAnyOrderElementsOf(original.sources().stream()
                        .map(s -> s.publisher() + "|" + s.title() + "|" + s.url() + "|" + s.published())
                        .toList());
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A new tracker on a throw-away embedded PostgreSQL of its own, truly empty (see DumpRoundTripTest). */
    private static ConfigurableApplicationContext emptyTracker() {
        return SeparateTracker.start(false);
    }
}
