package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ZoomTest {

    private static final LocalDate SUNDAY = LocalDate.of(2025, 9, 14);

    @Test
    void spansACalendarYearMonthOrIsoWeekEndingOnTheDayAfter() {
        assertThat(Zoom.YEAR.start(SUNDAY)).isEqualTo("2025-01-01");
        assertThat(Zoom.YEAR.end(SUNDAY)).isEqualTo("2026-01-01");
        assertThat(Zoom.MONTH.start(SUNDAY)).isEqualTo("2025-09-01");
        assertThat(Zoom.MONTH.end(SUNDAY)).isEqualTo("2025-10-01");
        assertThat(Zoom.WEEK.start(SUNDAY)).isEqualTo("2025-09-08");
        assertThat(Zoom.WEEK.end(SUNDAY)).isEqualTo("2025-09-15");
    }

    @Test
    void stepsBackToTheDayBeforeTheWindowAndZoomsOneStepAtATime() {
        assertThat(Zoom.MONTH.previous(SUNDAY)).isEqualTo("2025-08-31");
        assertThat(Zoom.YEAR.in()).isEqualTo(Zoom.MONTH);
        assertThat(Zoom.MONTH.in()).isEqualTo(Zoom.WEEK);
        assertThat(Zoom.WEEK.in()).isEqualTo(Zoom.WEEK);
        assertThat(Zoom.WEEK.out()).isEqualTo(Zoom.MONTH);
        assertThat(Zoom.MONTH.out()).isEqualTo(Zoom.YEAR);
        assertThat(Zoom.YEAR.out()).isEqualTo(Zoom.YEAR);
    }
}
