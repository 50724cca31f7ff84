package org.defencetracker.timeline.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.timeline.MonthlyCount;

/** Incidents per month, stacked by attribution status, laid out as SVG bars. */
public record MonthlyChart(
        int width,
        int height,
        int plotTop,
        int plotBottom,
        long max,
        List<Bar> bars,
        List<Gridline> gridlines,
        long total,
        long notMonthly,
        String firstMonth,
        String lastMonth) {

    static final List<String> STATUSES = List.of("CONFIRMED", "ALLEGED", "CONTESTED", "DENIED", "UNKNOWN");
    static final int WIDTH = 1000;
    static final int HEIGHT = 226;
    static final int LEFT = 44;
    static final int TOP = 12;
    static final int BOTTOM = 180;

    /** One month: its label (shown for Januaries and the first bar) and its stacked segments. */
    public record Bar(
            double x, double width, String label, String year, String title, long total, List<Segment> segments) {}

    public record Segment(double y, double height, String status, long count) {}

    public record Gridline(double y, long value) {}

    static MonthlyChart of(YearMonth first, YearMonth last, List<MonthlyCount> counts, Locale locale) {
        // Only incidents whose month is known are drawn as bars; the others are counted and named apart.
        Map<YearMonth, Map<String, Long>> byMonth = new HashMap<>();
        long notMonthly = 0;
        for (MonthlyCount c : counts) {
            if (c.withinMonth()) {
                byMonth.computeIfAbsent(c.month(), m -> new HashMap<>()).merge(c.attribution(), c.count(), Long::sum);
            } else {
                notMonthly += c.count();
            }
        }
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        long max = 1;
        long total = 0;
        for (Map<String, Long> m : byMonth.values()) {
            long sum = m.values().stream().mapToLong(Long::longValue).sum();
            max = Math.max(max, sum);
            total += sum;
        }
        max = niceCeiling(max);
        double slot = (double) (WIDTH - LEFT - 8) / months;
        double plotHeight = BOTTOM - TOP;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            Map<String, Long> m = byMonth.getOrDefault(month, Map.of());
            double y = BOTTOM;
            List<Segment> segments = new ArrayList<>();
            long sum = 0;
            for (String status : STATUSES) {
                long n = m.getOrDefault(status, 0L);
                if (n > 0) {
                    double h = n * plotHeight / max;
                    y -= h;
                    segments.add(new Segment(y, h, status.toLowerCase(Locale.ROOT), n));
                    sum += n;
                }
            }
            String name = month.getMonth().getDisplayName(TextStyle.SHORT, locale);
            int every = months <= 12 ? 1 : months <= 36 ? 3 : 12;
            String label = (month.getMonthValue() - 1) % every == 0 ? name : "";
            String year = i == 0 || month.getMonthValue() == 1 ? String.valueOf(month.getYear()) : "";
            bars.add(new Bar(
                    LEFT + i * slot + slot * 0.1,
                    Math.max(1, slot * 0.8),
                    label,
                    year,
                    name + " " + month.getYear() + ": " + sum,
                    sum,
                    segments));
        }
        List<Gridline> gridlines = new ArrayList<>();
        for (int g = 0; g <= 4; g++) {
            long value = max * g / 4;
            gridlines.add(new Gridline(BOTTOM - value * plotHeight / max, value));
        }
        return new MonthlyChart(
                WIDTH,
                HEIGHT,
                TOP,
                BOTTOM,
                max,
                bars,
                gridlines,
                total,
                notMonthly,
                monthLabel(first, locale),
                monthLabel(last, locale));
    }

    private static String monthLabel(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    private static long niceCeiling(long value) {
        long step = 1;
        while (step * 10 < value) {
            step *= 10;
        }
        for (long m : new long[] {1, 2, 4, 5, 10}) {
            if (step * m >= value) {
                return step * m;
            }
        }
        return step * 10;
    }
}
