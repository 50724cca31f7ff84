package org.defencetracker.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.timeline.TimelineEntry;

/**
 * Entries under one heading: a month, or a whole year for entries whose month is not known, so that a
 * year-precision date is never passed off as January.
 */
public record MonthGroup(String heading, boolean wholeYear, List<TimelineEntry> entries) {

    static List<MonthGroup> of(List<TimelineEntry> entries, Locale locale) {
        List<MonthGroup> groups = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            boolean wholeYear = entry.date().precision() == DatePrecision.YEAR;
            String heading = wholeYear
                    ? String.valueOf(entry.date().start().getYear())
                    : entry.date().start().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale)
                            + " " + entry.date().start().getYear();
            MonthGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Objects.equals(last.heading, heading) && last.wholeYear == wholeYear) {
                last.entries.add(entry);
            } else {
                List<TimelineEntry> list = new ArrayList<>();
                list.add(entry);
                groups.add(new MonthGroup(heading, wholeYear, list));
            }
        }
        return groups;
    }
}
