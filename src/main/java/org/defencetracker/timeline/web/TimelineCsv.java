package org.defencetracker.timeline.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.defencetracker.shared.CsvCells;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;

/**
 * Timeline entries as CSV (RFC 4180): a header row, fields quoted when they hold a comma, a quote or a line break,
 * lines ended by CRLF. A cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, so that opening an export never runs what a source wrote; numbers the
 * export writes itself (coordinates) are left as they are. Columns added later come after the first ones, so that
 * what reads columns by position goes on working: the place (region name, point and what the point stands for) and
 * the sources' dates as ISO text, in the order of {@code sources}.
 */
final class TimelineCsv {

    static final List<String> COLUMNS = List.of(
            "id",
            "kind",
            "subtype",
            "date",
            "date_end",
            "precision",
            "approximate",
            "title",
            "summary",
            "body",
            "region",
            "origin",
            "attribution",
            "link",
            "sources",
            "region_name",
            "latitude",
            "longitude",
            "place_precision",
            "source_dates");

    /** Excel reads a file as UTF-8 only with this mark; other readers skip it. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Writer out;

    TimelineCsv(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        out.write(BYTE_ORDER_MARK);
        row(COLUMNS);
    }

    void entry(TimelineEntry e, String link) throws IOException {
        Place place = e.place();
        cells(java.util.Arrays.asList(
                e.key(),
                e.kind().name(),
                e.subtype(),
                e.date().start().toString(),
                e.date().end().toString(),
                e.date().precision().name(),
                String.valueOf(e.date().approximate()),
                e.title(),
                e.summary(),
                e.bodyName(),
                e.regionCode(),
                e.origin(),
                e.attribution(),
                link,
                sources(e.sources()),
                place == null ? null : place.regionName()));
        out.write(',');
        out.write(
                place == null || place.latitude() == null
                        ? ""
                        : place.latitude().toPlainString());
        out.write(',');
        out.write(
                place == null || place.longitude() == null
                        ? ""
                        : place.longitude().toPlainString());
        out.write(',');
        out.write(cell(place == null ? null : place.precision()));
        out.write(',');
        out.write(cell(sourceDates(e.sources())));
        out.write("\r\n");
    }

    /** The sources' publication dates as ISO text, in the order of {@link #sources}, joined by "; ". */
    static String sourceDates(List<Citation> citations) {
        return citations.stream()
                .map(c -> c.publishedOn() == null ? "" : c.publishedOn())
                .collect(Collectors.joining("; "));
    }

    /** "publisher: title &lt;url&gt;", joined by "; ". */
    static String sources(List<Citation> citations) {
        return citations.stream()
                .map(c -> c.publisher() + ": " + c.title() + (c.url() == null ? "" : " <" + c.url() + ">"))
                .collect(Collectors.joining("; "));
    }

    private void row(List<String> cells) throws IOException {
        cells(cells);
        out.write("\r\n");
    }

    private void cells(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
    }

    static String cell(String value) {
        return CsvCells.text(value);
    }
}
