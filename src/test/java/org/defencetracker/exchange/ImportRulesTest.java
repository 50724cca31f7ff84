package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.defencetracker.SeparateTracker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every imported record, of a dump or a CSV file, is held to the rules of the form that enters it by hand, and
 * refused with the form's own message at the record and field that break them. The tracker is truly empty, so that
 * a dump is refused for its records alone and "nothing written" means something.
 */
class ImportRulesTest {

    static ConfigurableApplicationContext tracker;
    static ImportService imports;
    static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        tracker = SeparateTracker.start(false);
        imports = tracker.getBean(ImportService.class);
        jdbc = tracker.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        tracker.close();
    }

    private static String longer(int than) {
        return "x".repeat(than + 1);
    }

    private static String date(String day) {
        return "{\"start\":\"" + day + "\",\"precision\":\"DAY\",\"approximate\":false}";
    }

    /** A dump whose records are all well-formed and referenced, each breaking one or two form rules. */
    static String dumpBreakingTheFormsRules() {
        return """
                {"format":"defence-tracker-dump","version":1,
                 "sources":[
                   {"id":1,"publisher":"Tengrinews","title":"Report","url":"https://example.org/a","published":%s,"archived":false},
                   {"id":2,"publisher":"Tengrinews","title":"%s","url":"not-an-address","archived":false}],
                 "bodies":[
                   {"id":1,"kind":"MINISTRY","country":"KZ","nameEn":"Ministry of Rules","archived":false},
                   {"id":2,"kind":"AGENCY","country":"XX","nameEn":"%s","archived":false}],
                 "acts":[
                   {"id":1,"kind":"DECREE","titleEn":"%s","issuingBody":1,
                    "stages":[{"stage":"ADOPTED","date":%s},{"stage":"SIGNED","date":%s,"note":"%s"}],
                    "sources":[1],"archived":false}],
                 "mandates":[
                   {"id":1,"body":1,"act":1,"change":"GRANTED","duty":"Guard the sky",
                    "validFrom":"2025-02-01","validTo":"2025-01-01"},
                   {"id":2,"body":1,"act":1,"change":"GRANTED","duty":"%s","validFrom":"2025-02-01"}],
                 "incidents":[
                   {"id":1,"kind":"DRONE_INCURSION","title":"Drone far ahead","date":%s,"country":"KZ",
                    "geoPrecision":"UNKNOWN","response":"UNKNOWN","sources":[1],"archived":false},
                   {"id":2,"kind":"DRONE_INCURSION","title":"%s","date":%s,"country":"KZ","region":"KZ-99",
                    "geoPrecision":"UNKNOWN","response":"UNKNOWN","sources":[1],"archived":false}],
                 "statements":[
                   {"id":1,"date":%s,"actorType":"OFFICIAL","stance":"CONFIRMS","text":" ",
                    "actorCountry":"XX","quote":false,"incident":1,"sources":[1],"archived":false}]}
                """.formatted(
                        date("2025-01-02"),
                        longer(500),
                        longer(300),
                        longer(500),
                        date("2025-01-01"),
                        date("2999-01-01"),
                        longer(1000),
                        longer(1000),
                        date("2999-01-01"),
                        longer(300),
                        date("2025-01-01"),
                        date("2025-01-03"));
    }

    @Test
    void aDumpIsHeldToTheFormsRulesRecordByRecordAndNothingIsWritten() {
        byte[] dump = dumpBreakingTheFormsRules().getBytes(StandardCharsets.UTF_8);
        ImportReport report = imports.importFile(dump, null, false, Locale.ENGLISH);

        assertThat(report.written()).isFalse();
        assertThat(report.problems())
                .extracting(p -> p.record() + " | " + p.field() + " | " + p.message())
                .contains(
                        "source 2 | title | Use at most 500 characters.",
                        "source 2 | url | Give a full web address starting with https:// or http://, such as"
                                + " https://example.org/article.",
                        "body 2 | nameEn | Use at most 300 characters.",
                        "body 2 | country | Use a two-letter country code such as KZ.",
                        "act 1 | titleEn | Use at most 500 characters.",
                        "act 1 | stages[1].note | Use at most 1,000 characters.",
                        "mandate 1 | validTo | A duty cannot end before it starts.",
                        "mandate 2 | duty | Use at most 1,000 characters.",
                        "incident 2 | title | Use at most 300 characters.",
                        "incident 2 | region | Choose one of the listed regions.",
                        "statement 1 | text | Fill this in.",
                        "statement 1 | actorName | Name the actor, or pick the body speaking.")
                .anySatisfy(p -> assertThat(p).startsWith("incident 1 | date | This date is too far ahead"))
                .anySatisfy(p -> assertThat(p).startsWith("act 1 | stages[1].date | This date is too far ahead"))
                .contains("statement 1 | actorCountry | Use a two-letter country code such as KZ.")
                .allSatisfy(p -> assertThat(p).doesNotContain("SQL").doesNotContain("org."));
        for (String table : List.of("source", "government_body", "legal_act", "mandate", "airspace_incident")) {
            assertThat(jdbc.sql("select count(*) from " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void aCsvRowIsHeldToTheIncidentFormsRulesAtItsLine() {
        String csv = ImportPageTest.HEADER
                + "2999-01-01,,,DRONE_INCURSION,Far ahead,KZ,,,,,,,,,Tengrinews,Report,,\n"
                + "2025-01-01,,,DRONE_INCURSION," + longer(300) + ",KZ,,,,,,,,,Tengrinews,Report,,\n";
        ImportReport report = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), null, false, Locale.ENGLISH);

        assertThat(report.written()).isFalse();
        assertThat(report.problems())
                .extracting(p -> "line " + p.line() + " | " + p.column() + " | " + p.message())
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("line 2 | event_date | This date is too far ahead"),
                        p -> assertThat(p).isEqualTo("line 3 | title | Use at most 300 characters."));
        assertThat(jdbc.sql("select count(*) from airspace_incident")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
