package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

class VisualTimelineTest {

    private static final LocalDate SUNDAY = LocalDate.of(2025, 9, 14);
    private static final Function<LocalDate, String> AT = day -> "/timeline?at=" + day;

    @Test
    void drawsOneLanePerKindOfEntryBelowTheAxis() {
        VisualTimeline drawing = VisualTimeline.of(Zoom.MONTH, SUNDAY, List.of(), 0, Locale.ENGLISH, AT);

        assertThat(drawing.lanes()).extracting(VisualTimeline.Lane::kind).containsExactly(EntryKind.values());
        assertThat(drawing.lanes()).extracting(VisualTimeline.Lane::y).containsExactly(28, 68, 108, 148);
        assertThat(drawing.width()).isEqualTo(1000);
        assertThat(drawing.height()).isEqualTo(28 + 4 * 40 + 8);
        assertThat(drawing.marks()).isEmpty();
        assertThat(drawing.marksSvg()).isEmpty();
    }

    @Test
    void spansTheCalendarPeriodOfTheZoomWithItsHeadingAndTicks() {
        VisualTimeline month = VisualTimeline.of(Zoom.MONTH, SUNDAY, List.of(), 0, Locale.ENGLISH, AT);
        VisualTimeline year = VisualTimeline.of(Zoom.YEAR, SUNDAY, List.of(), 0, Locale.ENGLISH, AT);
        VisualTimeline week = VisualTimeline.of(Zoom.WEEK, SUNDAY, List.of(), 0, Locale.ENGLISH, AT);

        assertThat(month.start()).isEqualTo("2025-09-01");
        assertThat(month.end()).isEqualTo("2025-10-01");
        assertThat(month.heading()).isEqualTo("September 2025");
        assertThat(month.ticks())
                .extracting(VisualTimeline.Tick::label)
                .containsExactly("1", "5", "10", "15", "20", "25");
        assertThat(month.ticks().get(0).x()).isEqualTo(130.0);
        assertThat(year.heading()).isEqualTo("2025");
        assertThat(year.ticks()).hasSize(12);
        assertThat(year.ticks().get(0).label()).isEqualTo("Jan");
        assertThat(year.ticks().get(11).x()).isCloseTo(130 + 334.0 / 365 * 860, offset(0.001));
        assertThat(week.start()).isEqualTo("2025-09-08");
        assertThat(week.heading()).isEqualTo("8 Sep – 14 Sep 2025");
        assertThat(week.ticks())
                .extracting(VisualTimeline.Tick::label)
                .startsWith("Mon 8")
                .endsWith("Sun 14");
    }

    @Test
    void drawsAnExactDateAsADotInTheMiddleOfItsDay() {
        VisualTimeline drawing = VisualTimeline.of(
                Zoom.MONTH,
                SUNDAY,
                List.of(TimelineEntries.incident("Drone", FuzzyDate.day(2025, 9, 14))),
                1,
                Locale.ENGLISH,
                AT);

        VisualTimeline.Mark dot = drawing.marks().get(0);
        assertThat(dot.band()).isFalse();
        assertThat(dot.x()).isCloseTo(130 + 13.5 / 30 * 860, offset(0.001));
        assertThat(dot.y()).isEqualTo(108 + 11.0);
        assertThat(dot.css()).isEqualTo("mark mark--incident mark--day");
        assertThat(dot.title()).isEqualTo("Drone — 14 September 2025");
        assertThat(drawing.notDrawn()).isZero();
    }

    @Test
    void drawsAVagueDateAsABandAcrossItsPeriodCutToTheWindowAndStaggered() {
        VisualTimeline drawing = VisualTimeline.of(
                Zoom.MONTH,
                SUNDAY,
                List.of(
                        TimelineEntries.incident("In September", FuzzyDate.month(2025, 9)),
                        TimelineEntries.entry(
                                EntryKind.INCIDENT,
                                "Some time",
                                FuzzyDate.year(2025).approximately(),
                                "ALLEGED")),
                5,
                Locale.ENGLISH,
                AT);

        VisualTimeline.Mark month = drawing.marks().get(0);
        VisualTimeline.Mark year = drawing.marks().get(1);
        assertThat(month.band()).isTrue();
        assertThat(month.x()).isEqualTo(130.0);
        assertThat(month.width()).isCloseTo(860.0, offset(0.001));
        assertThat(month.y()).isEqualTo(108 + 6.0);
        assertThat(month.css()).isEqualTo("mark mark--incident mark--month");
        // The year began before the window and ends after it: the band is the window's width, one row lower.
        assertThat(year.x()).isEqualTo(130.0);
        assertThat(year.width()).isCloseTo(860.0, offset(0.001));
        assertThat(year.y()).isEqualTo(108 + 6.0 + 12);
        assertThat(year.css()).isEqualTo("mark mark--incident mark--year mark--approx mark--alleged");
        assertThat(drawing.notDrawn()).isEqualTo(3);
    }

    @Test
    void writesTheMarksAsEscapedSvgLinks() {
        VisualTimeline drawing = VisualTimeline.of(
                Zoom.MONTH,
                SUNDAY,
                List.of(
                        TimelineEntries.incident("<b>\"Drone\"</b>", FuzzyDate.day(2025, 9, 14)),
                        TimelineEntries.incident("Band", FuzzyDate.month(2025, 9))),
                2,
                Locale.ENGLISH,
                AT);

        assertThat(drawing.marksSvg())
                .isEqualTo(
                        "<a class=\"mark-link\" href=\"/incidents/1\"><title>&lt;b&gt;&quot;Drone&quot;&lt;/b&gt; &mdash; 14 September 2025"
                                + "</title><circle class=\"mark mark--incident mark--day\" cx=\"517.0\" cy=\"131.0\" r=\"5\">"
                                + "</circle></a>"
                                + "<a class=\"mark-link\" href=\"/incidents/1\"><title>Band &mdash; September 2025</title><rect class=\"mark "
                                + "mark--incident mark--month\" x=\"130.0\" y=\"114.0\" width=\"860.0\" height=\"8.0\" "
                                + "rx=\"3\"></rect></a>");
    }

    @Test
    void stacksMarksOfTheSameDayAndMonthSoThatEachIsSeenAndTheLaneGrowsToHoldThem() {
        List<TimelineEntry> june = List.of(
                TimelineEntries.incident("A", FuzzyDate.month(2025, 6).approximately()),
                TimelineEntries.incident("B", FuzzyDate.month(2025, 6).approximately()),
                TimelineEntries.incident("C", FuzzyDate.day(2025, 6, 14)),
                TimelineEntries.incident("D", FuzzyDate.day(2025, 6, 14)));

        VisualTimeline drawing = VisualTimeline.of(Zoom.YEAR, SUNDAY, june, 4, Locale.ENGLISH, AT);

        assertThat(drawing.marks()).hasSize(4);
        assertThat(drawing.clusters()).isEmpty();
        assertThat(drawing.marks()).extracting(VisualTimeline.Mark::y).doesNotHaveDuplicates();
        VisualTimeline.Lane incidents = drawing.lanes().get(EntryKind.INCIDENT.ordinal());
        assertThat(incidents.height()).isEqualTo(16 + 4 * 12);
        assertThat(drawing.marks())
                .allSatisfy(m -> assertThat(m.y())
                        .isBetween((double) incidents.y(), (double) incidents.y() + incidents.height()));
        assertThat(drawing.lanes().get(EntryKind.STATEMENT.ordinal()).y())
                .isEqualTo(incidents.y() + incidents.height());
    }

    @Test
    void countsInOneClusterTheMarksOfADayThatFindNoRowLeft() {
        List<TimelineEntry> sameDay = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sameDay.add(TimelineEntries.incident("Drone " + i, FuzzyDate.day(2025, 9, 14)));
        }
        sameDay.add(TimelineEntries.incident("Later", FuzzyDate.day(2025, 9, 25)));

        VisualTimeline drawing = VisualTimeline.of(Zoom.MONTH, SUNDAY, sameDay, 11, Locale.ENGLISH, AT);

        // Five rows of single marks, then the sixth row counts the five left over; the later day keeps its dot.
        assertThat(MarkRows.MAX_ROWS).isEqualTo(6);
        assertThat(drawing.marks()).hasSize(6);
        assertThat(drawing.marks().stream().filter(m -> m.title().startsWith("Drone")))
                .extracting(VisualTimeline.Mark::y)
                .doesNotHaveDuplicates()
                .hasSize(5);
        assertThat(drawing.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.count()).isEqualTo(5);
            assertThat(cluster.period()).isEqualTo("14 September 2025");
            assertThat(cluster.path()).isEqualTo("/timeline?at=2025-09-14");
            assertThat(cluster.x()).isCloseTo(130 + 13.5 / 30 * 860 - 6, offset(0.001));
            assertThat(cluster.y()).isEqualTo(108 + 5 + 5 * 12.0);
        });
        assertThat(drawing.lanes().get(EntryKind.INCIDENT.ordinal()).height()).isEqualTo(16 + 6 * 12);
    }
}
