package org.defencetracker.timeline;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.defencetracker.shared.FuzzyDate;

/** A source as cited on a timeline entry: publisher, title, address (may be unknown) and publication date label. */
public record Citation(String publisher, String title, String url, String published) {

    /** "14 September 2025", "September 2025" or "2025", as a source's date is labelled in English, or its ISO text. */
    private static final Pattern LABEL =
            Pattern.compile("(?:(\\d{1,2}) )?(?:(\\p{L}+) )?(\\d{4})(?: \\(approx\\.\\))?|(\\d{4}(?:-\\d{2}){0,2})");

    /** The months by their English names in lower case, looked up once: an export reads a date for every source. */
    private static final Map<String, Month> MONTHS = Arrays.stream(Month.values())
            .collect(Collectors.toUnmodifiableMap(
                    month -> month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH)
                            .toLowerCase(Locale.ROOT),
                    month -> month));

    /**
     * The publication date as ISO text, as precise as it is known ({@code 2025-09-14}, {@code 2025-09} or
     * {@code 2025}), for exports that other programs read; null without a date. The timeline keeps the label that
     * its pages show, written in English, and this reads it back.
     */
    public String publishedOn() {
        if (published == null) {
            return null;
        }
        Matcher m = LABEL.matcher(published.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group(4) != null) {
            return m.group(4);
        }
        if (m.group(2) == null) {
            return m.group(1) == null ? m.group(3) : null;
        }
        Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        String yearMonth = m.group(3) + "-" + twoDigits(month.getValue());
        return m.group(1) == null ? yearMonth : yearMonth + "-" + twoDigits(Integer.parseInt(m.group(1)));
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** The publication date as readers of {@code locale} write it («сентябрь 2025»); null without a date. */
    public String publishedLabel(Locale locale) {
        String on = publishedOn();
        if (on == null) {
            return published;
        }
        String[] parts = on.split("-");
        int year = Integer.parseInt(parts[0]);
        FuzzyDate date = switch (parts.length) {
            case 1 -> FuzzyDate.year(year);
            case 2 -> FuzzyDate.month(year, Integer.parseInt(parts[1]));
            default -> FuzzyDate.day(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        };
        return (published.strip().endsWith("(approx.)") ? date.approximately() : date).label(locale);
    }
}
