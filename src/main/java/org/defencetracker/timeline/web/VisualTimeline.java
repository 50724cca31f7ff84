package org.defencetracker.timeline.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.springframework.web.util.HtmlUtils;

/**
 * The visual timeline, laid out on the server as SVG coordinates: one lane per kind of entry, exact dates as dots,
 * month- and year-precision dates as bands across their whole period, approximate dates hatched, incidents
 * coloured by attribution status. Every mark links to its entry; marks that would cover one another are stacked in
 * rows (see {@link MarkRows}), and where a lane has no more rows they are counted in a cluster that links to them in
 * the list.
 */
public record VisualTimeline(
        Zoom zoom,
        LocalDate start,
        LocalDate end,
        String heading,
        int width,
        int height,
        List<Lane> lanes,
        List<Tick> ticks,
        List<Mark> marks,
        List<Cluster> clusters,
        int notDrawn) {

    static final int WIDTH = 1000;
    static final int GUTTER = 130;
    static final int TOP = 28;
    static final int LANE_HEIGHT = 40;
    static final int ROW = 12;
    static final int MAX_MARKS = 600;

    /** A lane of the drawing; {@code kind} names its message key. */
    public record Lane(EntryKind kind, int y, int height) {}

    /** A tick on the time axis. */
    public record Tick(double x, String label) {}

    /**
     * One entry drawn: a dot (cx, cy, r) or a band (x, y, width, height); {@code css} carries kind, precision,
     * approximation and attribution.
     */
    /** {@code inEnglish}: the title is (or names a record) in English for want of the reader's language. */
    public record Mark(
            boolean band,
            double x,
            double y,
            double width,
            double height,
            String css,
            String path,
            String title,
            boolean inEnglish) {}

    /** Entries of one lane that had no room left, counted: {@code path} shows them in the list, {@code period} says when. */
    public record Cluster(double x, double y, double width, int count, String path, String period) {}

    /** The marks as SVG (see {@link #marksSvg(String)}), without a mark after titles shown in English. */
    public String marksSvg() {
        return marksSvg(null);
    }

    /**
     * The marks as SVG, each a link to its entry with the entry's title and date as tooltip and name. Written here
     * rather than by the template because a window can hold hundreds of them; every text is escaped. A title shown in
     * English for want of the reader's language is followed by {@code inEnglish}, the mark's words, where given.
     */
    public String marksSvg(String inEnglish) {
        StringBuilder svg = new StringBuilder(marks.size() * 200);
        for (Mark m : marks) {
            svg.append("<a class=\"mark-link\" href=\"")
                    .append(HtmlUtils.htmlEscape(m.path()))
                    .append(m.inEnglish() ? "\"><title class=\"untranslated\">" : "\"><title>")
                    .append(HtmlUtils.htmlEscape(
                            m.inEnglish() && inEnglish != null ? m.title() + " (" + inEnglish + ")" : m.title()))
                    .append("</title>");
            if (m.band()) {
                svg.append("<rect class=\"").append(m.css()).append("\" x=\"").append(round(m.x()));
                svg.append("\" y=\"").append(round(m.y())).append("\" width=\"").append(round(m.width()));
                svg.append("\" height=\"").append(round(m.height())).append("\" rx=\"3\"></rect>");
            } else {
                svg.append("<circle class=\"")
                        .append(m.css())
                        .append("\" cx=\"")
                        .append(round(m.x()));
                svg.append("\" cy=\"").append(round(m.y())).append("\" r=\"5\"></circle>");
            }
            svg.append("</a>");
        }
        return svg.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The drawing of the window of {@code zoom} around {@code anchor}; {@code listAt} is the address of the list
     * starting at a day, where a cluster's entries are read.
     */
    static VisualTimeline of(
            Zoom zoom,
            LocalDate anchor,
            List<TimelineEntry> entries,
            int totalInWindow,
            Locale locale,
            Function<LocalDate, String> listAt) {
        LocalDate start = zoom.start(anchor);
        LocalDate end = zoom.end(anchor);
        double days = ChronoUnit.DAYS.between(start, end);
        double plot = WIDTH - GUTTER - 10;
        EntryKind[] kinds = EntryKind.values();
        List<List<TimelineEntry>> byLane = new ArrayList<>();
        for (EntryKind ignored : kinds) {
            byLane.add(new ArrayList<>());
        }
        entries.forEach(entry -> byLane.get(entry.kind().ordinal()).add(entry));
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        int laneY = TOP;
        for (EntryKind kind : kinds) {
            List<TimelineEntry> inLane = byLane.get(kind.ordinal());
            List<MarkRows.Span> spans = new ArrayList<>();
            List<Mark> shapes = new ArrayList<>();
            for (TimelineEntry entry : inLane) {
                LocalDate from = entry.date().start().isBefore(start)
                        ? start
                        : entry.date().start();
                LocalDate to = entry.date().end().plusDays(1).isAfter(end)
                        ? end
                        : entry.date().end().plusDays(1);
                double x1 = GUTTER + ChronoUnit.DAYS.between(start, from) / days * plot;
                double x2 = GUTTER + ChronoUnit.DAYS.between(start, to) / days * plot;
                String title = entry.title() + " — " + entry.date().label(locale);
                boolean band = !entry.date().isExact() && x2 - x1 > 6;
                Mark mark = band
                        ? new Mark(
                                true,
                                x1,
                                0,
                                Math.max(2, x2 - x1),
                                8,
                                css(entry),
                                entry.path(),
                                title,
                                entry.titleInEnglish())
                        : new Mark(
                                false, (x1 + x2) / 2, 0, 0, 0, css(entry), entry.path(), title, entry.titleInEnglish());
                shapes.add(mark);
                spans.add(
                        band
                                ? new MarkRows.Span(spans.size(), x1, x1 + mark.width())
                                : new MarkRows.Span(spans.size(), mark.x() - 6, mark.x() + 6));
            }
            MarkRows.Placed placed = MarkRows.place(spans);
            for (int i = 0; i < shapes.size(); i++) {
                Mark m = shapes.get(i);
                int row = placed.rows()[i];
                if (row >= 0) {
                    double y = laneY + (m.band() ? 6 : 11) + row * ROW;
                    marks.add(new Mark(
                            m.band(), m.x(), y, m.width(), m.height(), m.css(), m.path(), m.title(), m.inEnglish()));
                }
            }
            for (List<MarkRows.Span> cluster : placed.clusters()) {
                List<TimelineEntry> members =
                        cluster.stream().map(s -> inLane.get(s.index())).toList();
                clusters.add(cluster(cluster, members, laneY + 5 + (MarkRows.MAX_ROWS - 1) * ROW, locale, listAt));
            }
            int height = Math.max(LANE_HEIGHT, 16 + placed.rowsUsed() * ROW);
            lanes.add(new Lane(kind, laneY, height));
            laneY += height;
        }
        return new VisualTimeline(
                zoom,
                start,
                end,
                heading(zoom, start, end, locale),
                WIDTH,
                laneY + 8,
                lanes,
                ticks(zoom, start, end, days, plot, locale),
                marks,
                clusters,
                Math.max(0, totalInWindow - entries.size()));
    }

    private static String css(TimelineEntry entry) {
        StringBuilder css = new StringBuilder("mark mark--")
                .append(entry.kind().name().toLowerCase(Locale.ROOT))
                .append(" mark--")
                .append(entry.date().precision().name().toLowerCase(Locale.ROOT));
        if (entry.date().approximate()) {
            css.append(" mark--approx");
        }
        if (entry.attribution() != null) {
            css.append(" mark--").append(entry.attribution().toLowerCase(Locale.ROOT));
        }
        return css.toString();
    }

    /** A count drawn at the left of the marks it stands for, linking to the list from the newest of them. */
    private static Cluster cluster(
            List<MarkRows.Span> spans,
            List<TimelineEntry> members,
            double y,
            Locale locale,
            Function<LocalDate, String> listAt) {
        TimelineEntry first = members.stream()
                .min(Comparator.comparing(e -> e.date().start()))
                .orElseThrow();
        TimelineEntry last = members.stream()
                .max(Comparator.comparing(e -> e.date().start()))
                .orElseThrow();
        String period = first.date().label(locale);
        if (!period.equals(last.date().label(locale))) {
            period = period + " – " + last.date().label(locale);
        }
        double width = 8 + 6 * String.valueOf(members.size()).length();
        double left = spans.stream().mapToDouble(MarkRows.Span::left).min().orElse(GUTTER);
        return new Cluster(
                Math.min(left, WIDTH - width),
                y,
                width,
                members.size(),
                listAt.apply(last.date().start()),
                period);
    }

    private static String heading(Zoom zoom, LocalDate start, LocalDate end, Locale locale) {
        return switch (zoom) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + start.getYear();
            case WEEK ->
                start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.SHORT, locale) + " – "
                        + end.minusDays(1).getDayOfMonth() + " "
                        + end.minusDays(1).getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                        + end.minusDays(1).getYear();
        };
    }

    private static List<Tick> ticks(
            Zoom zoom, LocalDate start, LocalDate end, double days, double plot, Locale locale) {
        List<LocalDate> at = new ArrayList<>();
        switch (zoom) {
            case YEAR -> {
                for (int m = 0; m < 12; m++) {
                    at.add(start.plusMonths(m));
                }
            }
            case MONTH -> {
                for (int d : new int[] {1, 5, 10, 15, 20, 25}) {
                    at.add(start.withDayOfMonth(d));
                }
            }
            case WEEK -> {
                for (int d = 0; d < 7; d++) {
                    at.add(start.plusDays(d));
                }
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day : at) {
            double x = GUTTER + ChronoUnit.DAYS.between(start, day) / days * plot;
            String label = switch (zoom) {
                case YEAR -> day.getMonth().getDisplayName(TextStyle.SHORT, locale);
                case MONTH -> String.valueOf(day.getDayOfMonth());
                case WEEK -> day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + day.getDayOfMonth();
            };
            ticks.add(new Tick(x, label));
        }
        return ticks;
    }
}
