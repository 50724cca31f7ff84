package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.Place;
import org.junit.jupiter.api.Test;

class TimelineCsvTest {

    @Test
    void leavesPlainTextAloneAndAnEmptyOrMissingValueEmpty() {
        assertThat(TimelineCsv.cell("Drone over Almaty")).isEqualTo("Drone over Almaty");
        assertThat(TimelineCsv.cell("")).isEmpty();
        assertThat(TimelineCsv.cell(null)).isEmpty();
    }

    @Test
    void quotesCommasQuotesAndLineBreaksDoublingTheQuotes() {
        assertThat(TimelineCsv.cell("Almaty, south")).isEqualTo("\"Almaty, south\"");
        assertThat(TimelineCsv.cell("said \"no\"")).isEqualTo("\"said \"\"no\"\"\"");
        assertThat(TimelineCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TimelineCsv.cell("two\rlines")).isEqualTo("\"two\rlines\"");
    }

    @Test
    void turnsWhatASpreadsheetWouldRunIntoText() {
        assertThat(TimelineCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TimelineCsv.cell("+7 701")).isEqualTo("'+7 701");
        assertThat(TimelineCsv.cell("-1")).isEqualTo("'-1");
        assertThat(TimelineCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TimelineCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(TimelineCsv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void namesSourcesByPublisherTitleAndAddressWhereKnown() {
        assertThat(TimelineCsv.sources(List.of(
                        new Citation("Tengrinews", "Report", "https://example.org/a", "2025"),
                        new Citation("Kazinform", "Note", null, null))))
                .isEqualTo("Tengrinews: Report <https://example.org/a>; Kazinform: Note");
        assertThat(TimelineCsv.sources(List.of())).isEmpty();
    }

    @Test
    void writesThePlaceOfAnEntryThatHasOne() throws Exception {
        StringWriter out = new StringWriter();
        new TimelineCsv(out)
                .entry(
                        TimelineEntries.placed(new Place(
                                "KZ-55",
                                "Pavlodar Region",
                                new BigDecimal("52.28733"),
                                new BigDecimal("-76.9674"),
                                "EXACT")),
                        "https://tracker.example/incidents/1");

        assertThat(out.toString())
                .endsWith(",KZ-55,,,https://tracker.example/incidents/1,,Pavlodar Region,52.28733,-76.9674,EXACT,\r\n");
    }

    @Test
    void writesAMarkedHeaderAndOneCrlfEndedRowPerEntry() throws Exception {
        StringWriter out = new StringWriter();
        TimelineCsv csv = new TimelineCsv(out);

        csv.header();
        csv.entry(
                TimelineEntries.full(
                        "Drone, unknown",
                        "Seen at dusk",
                        List.of(
                                new Citation("Tengrinews", "Report", null, "14 September 2025"),
                                new Citation("Kazinform", "Note", null, null),
                                new Citation("Vlast", "Digest", null, "June 2025"))),
                "https://tracker.example/incidents/12");

        assertThat(out.toString())
                .isEqualTo("\uFEFFid,kind,subtype,date,date_end,precision,approximate,title,summary,body,region,"
                        + "origin,attribution,link,sources,region_name,latitude,longitude,place_precision,source_dates\r\n"
                        + "incident:12,INCIDENT,DRONE_INCURSION,2025-09-01,2025-09-30,MONTH,true,\"Drone, unknown\","
                        + "Seen at dusk,Ministry of Defence,,RU,ALLEGED,https://tracker.example/incidents/12,"
                        + "Tengrinews: Report; Kazinform: Note; Vlast: Digest,,,,,2025-09-14; ; 2025-06\r\n");
    }
}
