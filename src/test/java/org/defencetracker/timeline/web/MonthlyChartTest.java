package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.defencetracker.timeline.MonthlyCount;
import org.junit.jupiter.api.Test;

class MonthlyChartTest {

    private static final YearMonth JANUARY = YearMonth.of(2025, 1);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private static MonthlyChart chart(MonthlyCount... counts) {
        return MonthlyChart.of(JANUARY, MARCH, List.of(counts), Locale.ENGLISH);
    }

    @Test
    void drawsABarPerMonthStackedByAttributionInAFixedOrder() {
        MonthlyChart chart = chart(
                new MonthlyCount(JANUARY, "ALLEGED", true, 2),
                new MonthlyCount(JANUARY, "CONFIRMED", true, 3),
                new MonthlyCount(MARCH, "UNKNOWN", true, 1));

        assertThat(chart.bars()).hasSize(3);
        assertThat(chart.max()).isEqualTo(5);
        assertThat(chart.total()).isEqualTo(6);
        MonthlyChart.Bar january = chart.bars().get(0);
        assertThat(january.x()).isCloseTo(44 + 31.6, offset(0.001));
        assertThat(january.width()).isCloseTo(252.8, offset(0.001));
        assertThat(january.title()).isEqualTo("Jan 2025: 5");
        assertThat(january.segments())
                .extracting(MonthlyChart.Segment::status, MonthlyChart.Segment::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("confirmed", 3L),
                        org.assertj.core.groups.Tuple.tuple("alleged", 2L));
        // Bottom at 180, 168 units for the full scale of 5.
        assertThat(january.segments().get(0).y()).isCloseTo(180 - 100.8, offset(0.001));
        assertThat(january.segments().get(1).y()).isCloseTo(12.0, offset(0.001));
        assertThat(chart.bars().get(1).segments()).isEmpty();
        assertThat(chart.bars().get(1).total()).isZero();
    }

    @Test
    void labelsEveryMonthOfAShortSpanAndTheYearAtTheFirstBar() {
        MonthlyChart chart = chart();

        assertThat(chart.bars()).extracting(MonthlyChart.Bar::label).containsExactly("Jan", "Feb", "Mar");
        assertThat(chart.bars()).extracting(MonthlyChart.Bar::year).containsExactly("2025", "", "");
        assertThat(chart.firstMonth()).isEqualTo("January 2025");
        assertThat(chart.lastMonth()).isEqualTo("March 2025");
    }

    @Test
    void labelsEveryThirdMonthOfALongerSpanAndEachJanuarysYear() {
        MonthlyChart chart = MonthlyChart.of(YearMonth.of(2024, 11), YearMonth.of(2026, 2), List.of(), Locale.ENGLISH);

        assertThat(chart.bars()).hasSize(16);
        assertThat(chart.bars().stream().map(MonthlyChart.Bar::label).filter(l -> !l.isEmpty()))
                .containsExactly("Jan", "Apr", "Jul", "Oct", "Jan");
        assertThat(chart.bars().stream().map(MonthlyChart.Bar::year).filter(l -> !l.isEmpty()))
                .containsExactly("2024", "2025", "2026");
    }

    @Test
    void countsIncidentsOfLongerPeriodsApartFromTheBars() {
        MonthlyChart chart =
                chart(new MonthlyCount(JANUARY, "CONFIRMED", true, 1), new MonthlyCount(JANUARY, "UNKNOWN", false, 4));

        assertThat(chart.notMonthly()).isEqualTo(4);
        assertThat(chart.total()).isEqualTo(1);
        assertThat(chart.bars().get(0).total()).isEqualTo(1);
    }

    @Test
    void roundsTheScaleUpToANiceNumberWithFiveGridlines() {
        assertThat(chart().max()).isEqualTo(1);
        assertThat(chart(new MonthlyCount(JANUARY, "CONFIRMED", true, 7)).max()).isEqualTo(10);
        assertThat(chart(new MonthlyCount(JANUARY, "CONFIRMED", true, 11)).max())
                .isEqualTo(20);
        assertThat(chart(new MonthlyCount(JANUARY, "CONFIRMED", true, 250)).max())
                .isEqualTo(400);
        MonthlyChart chart = chart(new MonthlyCount(JANUARY, "CONFIRMED", true, 5));
        assertThat(chart.gridlines()).extracting(MonthlyChart.Gridline::value).containsExactly(0L, 1L, 2L, 3L, 5L);
        assertThat(chart.gridlines().get(0).y()).isEqualTo(180.0);
        assertThat(chart.gridlines().get(4).y()).isCloseTo(12.0, offset(0.001));
    }
}
