package org.defencetracker.timeline.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.springframework.web.util.HtmlUtils;

/**
 * The visual timeline, laid out on the server as SVG coordinates: one lane per kind of entry, exact dates as dots,
 * month- and year-precision dates as bands across their whole period, approximate dates hatched, incidents
 * coloured by attribution status. Every mark links to its entry.
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
        int notDrawn) {

    static final int WIDTH = 1000;
    static final int GUTTER = 130;
    static final int TOP = 28;
    static final int LANE_HEIGHT = 40;
    static final int MAX_MARKS = 600;

    /** A lane of the drawing; {@code kind} names its message key. */
    public record Lane(EntryKind kind, int y, int height) {}

    /** A tick on the time axis. */
    public record Tick(double x, String label) {}

    /**
     * One entry drawn: a dot (cx, cy, r) or a band (x, y, width, height); {@code css} carries kind, precision,
     * approximation and attribution.
     */
    public record Mark(
            boolean band, double x, double y, double width, double height, String css, String path, String title) {}

    /**
     * The marks as SVG, each a link to its entry with the entry's title and date as tooltip. Written here rather
     * than by the template because a window can hold hundreds of them; every text is escaped.
     */
    public String marksSvg() {
        StringBuilder svg = new StringBuilder(marks.size() * 200);
        for (Mark m : marks) {
            svg.append("<a href=\"")
                    .append(HtmlUtils.htmlEscape(m.path()))
                    .append("\"><title>")
                    .append(HtmlUtils.htmlEscape(m.title()))
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

    static VisualTimeline of(
            Zoom zoom, LocalDate anchor, List<TimelineEntry> entries, int totalInWindow, Locale locale) {
        LocalDate start = zoom.start(anchor);
        LocalDate end = zoom.end(anchor);
        double days = ChronoUnit.DAYS.between(start, end);
        double plot = WIDTH - GUTTER - 10;
        List<Lane> lanes = new ArrayList<>();
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < kinds.length; i++) {
            lanes.add(new Lane(kinds[i], TOP + i * LANE_HEIGHT, LANE_HEIGHT));
        }
        List<Tick> ticks = ticks(zoom, start, end, days, plot, locale);
        List<Mark> marks = new ArrayList<>();
        int[] perLane = new int[kinds.length];
        for (TimelineEntry entry : entries) {
            int lane = entry.kind().ordinal();
            double laneY = TOP + lane * LANE_HEIGHT;
            LocalDate from =
                    entry.date().start().isBefore(start) ? start : entry.date().start();
            LocalDate to = entry.date().end().plusDays(1).isAfter(end)
                    ? end
                    : entry.date().end().plusDays(1);
            double x1 = GUTTER + ChronoUnit.DAYS.between(start, from) / days * plot;
            double x2 = GUTTER + ChronoUnit.DAYS.between(start, to) / days * plot;
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
            String title = entry.title() + " — " + entry.date().label(locale);
            // Stagger marks within a lane so that neighbours stay apart and clickable.
            int row = perLane[lane]++ % 3;
            boolean band = !entry.date().isExact() && x2 - x1 > 6;
            if (band) {
                marks.add(new Mark(
                        true, x1, laneY + 6 + row * 9, Math.max(2, x2 - x1), 8, css.toString(), entry.path(), title));
            } else {
                double cx = (x1 + x2) / 2;
                marks.add(new Mark(false, cx, laneY + 11 + row * 9, 0, 0, css.toString(), entry.path(), title));
            }
        }
        String heading = switch (zoom) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + start.getYear();
            case WEEK ->
                start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.SHORT, locale) + " – "
                        + end.minusDays(1).getDayOfMonth() + " "
                        + end.minusDays(1).getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                        + end.minusDays(1).getYear();
        };
        int height = TOP + kinds.length * LANE_HEIGHT + 8;
        return new VisualTimeline(
                zoom,
                start,
                end,
                heading,
                WIDTH,
                height,
                lanes,
                ticks,
                marks,
                Math.max(0, totalInWindow - entries.size()));
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
