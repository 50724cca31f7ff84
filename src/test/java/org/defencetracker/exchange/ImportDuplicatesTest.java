package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.exchange.ImportService.Duplicates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A file imported twice does not double its records: the editor chooses to stop or to skip what is on record. */
@WebPageTest
class ImportDuplicatesTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private static String word() {
        return "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private ImportReport run(String csv, Duplicates duplicates) {
        return imports.importFile(csv.getBytes(StandardCharsets.UTF_8), null, false, duplicates, Locale.ENGLISH);
    }

    private long count(String table, String column, String word) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like :w")
                .param("w", "%" + word + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void theSameFileImportedAgainIsRefusedNamingTheRowsAndWritesNothing() {
        String word = word();
        assertThat(run(ImportPageTest.goodCsv(word), Duplicates.STOP).written()).isTrue();

        ImportReport again = run(ImportPageTest.goodCsv(word), Duplicates.STOP);

        assertThat(again.written()).isFalse();
        assertThat(again.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(again.problems().get(0).message()).contains("already on record");
        assertThat(count("airspace_incident", "title", word)).isEqualTo(2);
        assertThat(count("source", "title", word)).isEqualTo(1);
    }

    @Test
    void skippingWritesOnlyTheNewRowsAndSaysWhichWereSkipped() {
        String word = word();
        run(ImportPageTest.goodCsv(word), Duplicates.STOP);
        String more = ImportPageTest.goodCsv(word)
                + "1998-07-01,,,CRASH,Crash near Oral " + word + ",KZ,,,,,,,,,"
                + "Tengrinews,Drone report " + word + ",https://example.org/" + word + ",1998-05-15\n";

        ImportReport report = run(more, Duplicates.SKIP);

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.skipped()).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(report.counts()).containsEntry("incidents", 1).containsEntry("sources", 0);
        assertThat(count("airspace_incident", "title", word)).isEqualTo(3);
        assertThat(count("source", "title", word))
                .as("the source on record is cited, not copied")
                .isEqualTo(1);
    }

    @Test
    void anExternalIdMatchesWhateverTheTitle() {
        String word = word();
        String header = "external_id," + ImportPageTest.HEADER;
        String row = ",1998-05-14,,,DRONE_INCURSION,%s,KZ,,,,,,,,,Tengrinews,Report %s,,\n";
        run(header + "ext-" + word + row.formatted("First title " + word, word), Duplicates.STOP);

        ImportReport again =
                run(header + "ext-" + word + row.formatted("Corrected title " + word, word), Duplicates.STOP);

        assertThat(again.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.message())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("2 external_id ").contains("already on record"));
        assertThat(jdbc.sql("select count(*) from airspace_incident where external_id = :e")
                        .param("e", "ext-" + word)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(count("airspace_incident", "title", word)).isEqualTo(1);
    }

    @Test
    void thisTrackersOwnExportImportedBackIsOnRecordAlready() {
        String word = word();
        run(ImportPageTest.goodCsv(word), Duplicates.STOP);
        long id = jdbc.sql("select min(id) from airspace_incident where title like :w")
                .param("w", "%" + word + "%")
                .query(Long.class)
                .single();
        // The export names an incident without an external id by its address on this site (PUBLIC_URL).
        String header = "external_id," + ImportPageTest.HEADER;
        String row = "https://tracker.test/incidents/" + id + ",1998-05-14,,,DRONE_INCURSION,Renamed " + word
                + ",KZ,,,,,,,,,Tengrinews,Report " + word + ",,\n";

        ImportReport again = run(header + row, Duplicates.STOP);

        assertThat(again.written()).isFalse();
        assertThat(again.problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.message()).contains("already on record").contains(String.valueOf(id)));
        assertThat(count("airspace_incident", "title", word)).isEqualTo(2);
    }

    @Test
    void rowsSharingAnExternalIdAreOneIncidentCitingEachRowsSource() {
        String word = word();
        String header = "external_id," + ImportPageTest.HEADER;
        String row = "ext-" + word + ",1998-05-14,,,DRONE_INCURSION,Two sources " + word
                + ",KZ,KZ-55,,,,,,,,%s,Report %s,,%s\n";

        ImportReport report = run(
                header + row.formatted("Tengrinews", word, "1998-05-15") + row.formatted("Vlast", word, "1998-06"),
                Duplicates.STOP);

        assertThat(report.problems()).isEmpty();
        assertThat(report.counts()).containsEntry("incidents", 1).containsEntry("sources", 2);
        assertThat(jdbc.sql("""
                        select string_agg(s.publisher, ',' order by s.publisher) from airspace_incident i
                          join incident_source c on c.incident_id = i.id join source s on s.id = c.source_id
                         where i.external_id = :e
                        """).param("e", "ext-" + word).query(String.class).single())
                .isEqualTo("Tengrinews,Vlast");

        ImportReport again = run(
                header + row.formatted("Tengrinews", word, "1998-05-15") + row.formatted("Vlast", word, "1998-06"),
                Duplicates.SKIP);
        assertThat(again.skipped())
                .extracting(p -> p.line() + " " + p.message())
                .allSatisfy(p -> assertThat(p).contains("already on record"))
                .extracting(p -> p.substring(0, 1))
                .containsExactly("2", "3");
    }

    @Test
    void rowsSharingAnExternalIdMustAgreeOnTheIncidentColumns() {
        String word = word();
        String header = "external_id," + ImportPageTest.HEADER;
        String row = "other-" + word + ",1998-05-14,,,DRONE_INCURSION,%s,KZ,,,,,,,,,Tengrinews,Report %s,,\n";

        ImportReport report = run(
                header + row.formatted("Twice " + word, word) + row.formatted("Twice again " + word, word),
                Duplicates.SKIP);

        assertThat(report.written()).isFalse();
        assertThat(report.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.message())
                .singleElement()
                .satisfies(p ->
                        assertThat(p).startsWith("3 title ").contains("line 2").contains("other-" + word));
        assertThat(count("airspace_incident", "title", word)).isZero();
    }

    @Test
    void aCellAnExportGuardedAgainstFormulasIsReadAsWritten() {
        String word = word();
        ImportReport report = run(
                ImportPageTest.HEADER + "1998-05-14,,,DRONE_INCURSION,'=Guarded " + word
                        + ",KZ,,,,,,,,'-dawn,Tengrinews,Report " + word + ",,\n",
                Duplicates.STOP);

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.sql("select title || '|' || description from airspace_incident where title like :w")
                        .param("w", "%" + word + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("=Guarded " + word + "|-dawn");
    }

    @Test
    void theApiTakesTheChoiceAndRefusesAnUnknownOne() throws Exception {
        String word = word();
        run(ImportPageTest.goodCsv(word), Duplicates.STOP);
        mvc.perform(post("/api/v1/import?dryRun=false&duplicates=sometimes")
                        .with(user("editor").roles("EDITOR"))
                        .contentType("text/csv")
                        .content(ImportPageTest.goodCsv(word)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/import?dryRun=false")
                        .with(user("editor").roles("EDITOR"))
                        .contentType("text/csv")
                        .content(ImportPageTest.goodCsv(word)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2));
        mvc.perform(post("/api/v1/import?dryRun=false&duplicates=skip")
                        .with(user("editor").roles("EDITOR"))
                        .contentType("text/csv")
                        .content(ImportPageTest.goodCsv(word)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.skipped.length()").value(2))
                .andExpect(jsonPath("$.counts.incidents").value(0));
        assertThat(count("airspace_incident", "title", word)).isEqualTo(2);
    }
}
