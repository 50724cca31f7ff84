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
    void anExternalIdMatchesWhateverTheTitleAndRepeatsInTheFileAreCaught() {
        String word = word();
        String header = "external_id," + ImportPageTest.HEADER;
        String row = ",1998-05-14,,,DRONE_INCURSION,%s,KZ,,,,,,,,,Tengrinews,Report %s,,\n";
        run(header + "ext-" + word + row.formatted("First title " + word, word), Duplicates.STOP);

        ImportReport again = run(
                header + "ext-" + word + row.formatted("Corrected title " + word, word)
                        + "other-" + word + row.formatted("Twice " + word, word)
                        + "other-" + word + row.formatted("Twice again " + word, word),
                Duplicates.STOP);

        assertThat(again.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.message())
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("2 external_id ").contains("already on record"),
                        p -> assertThat(p).startsWith("4 external_id ").contains("line 3"));
        assertThat(jdbc.sql("select count(*) from airspace_incident where external_id = :e")
                        .param("e", "ext-" + word)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(count("airspace_incident", "title", word)).isEqualTo(1);
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
