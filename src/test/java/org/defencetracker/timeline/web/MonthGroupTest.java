package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;

class MonthGroupTest {

    @Test
    void groupsEntriesByMonthAndEntriesKnownToTheYearUnderTheYear() {
        List<MonthGroup> groups = MonthGroup.of(
                List.of(
                        TimelineEntries.incident("a", FuzzyDate.day(2025, 9, 14)),
                        TimelineEntries.incident("b", FuzzyDate.month(2025, 9)),
                        TimelineEntries.incident("c", FuzzyDate.year(2025)),
                        TimelineEntries.incident("d", FuzzyDate.day(2025, 1, 2)),
                        TimelineEntries.incident("e", FuzzyDate.day(2025, 9, 1))),
                Locale.ENGLISH);

        assertThat(groups)
                .extracting(MonthGroup::heading, MonthGroup::wholeYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("September 2025", false),
                        org.assertj.core.groups.Tuple.tuple("2025", true),
                        org.assertj.core.groups.Tuple.tuple("January 2025", false),
                        org.assertj.core.groups.Tuple.tuple("September 2025", false));
        assertThat(groups.get(0).entries()).extracting(e -> e.title()).containsExactly("a", "b");
    }
}
