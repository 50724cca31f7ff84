package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void keepsADayAsGiven() {
        FuzzyDate date = new FuzzyDate(LocalDate.of(2025, 9, 14), DatePrecision.DAY, false);

        assertThat(date.start()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(date.end()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(date.isExact()).isTrue();
    }

    @Test
    void storesAMonthAsItsFirstDay() {
        FuzzyDate date = new FuzzyDate(LocalDate.of(2025, 6, 17), DatePrecision.MONTH, false);

        assertThat(date.on()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(date).isEqualTo(FuzzyDate.month(2025, 6));
        assertThat(date.isExact()).isFalse();
    }

    @Test
    void storesAYearAsItsFirstDay() {
        FuzzyDate date = new FuzzyDate(LocalDate.of(2025, 8, 31), DatePrecision.YEAR, true);

        assertThat(date.on()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(date.approximate()).isTrue();
    }

    @Test
    void endsAMonthOnItsLastDay() {
        assertThat(FuzzyDate.month(2025, 6).end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(FuzzyDate.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FuzzyDate.month(2025, 2).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void endsAYearOnTheThirtyFirstOfDecember() {
        assertThat(FuzzyDate.year(2024).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(FuzzyDate.year(2025).start()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void labelsADayInFull() {
        assertThat(FuzzyDate.day(2025, 9, 14).label(Locale.ENGLISH)).isEqualTo("14 September 2025");
        assertThat(FuzzyDate.day(2025, 9, 14)).hasToString("14 September 2025");
    }

    @Test
    void labelsAMonthWithoutADay() {
        assertThat(FuzzyDate.month(2025, 6).label(Locale.ENGLISH)).isEqualTo("June 2025");
    }

    @Test
    void marksApproximateDates() {
        assertThat(FuzzyDate.year(2025).approximately().label(Locale.ENGLISH)).isEqualTo("2025 (approx.)");
        assertThat(FuzzyDate.month(2025, 6).approximately().label(Locale.ENGLISH))
                .isEqualTo("June 2025 (approx.)");
    }

    @Test
    void labelsADateAsRussianAndKazakhReadersWriteIt() {
        Locale russian = Locale.forLanguageTag("ru");
        Locale kazakh = Locale.forLanguageTag("kk");
        // Russian puts the month after a day in the genitive, and names a month alone in the nominative.
        assertThat(FuzzyDate.day(2025, 9, 14).label(russian)).isEqualTo("14 сентября 2025");
        assertThat(FuzzyDate.month(2025, 6).label(russian)).isEqualTo("июнь 2025");
        assertThat(FuzzyDate.year(2025).approximately().label(russian)).isEqualTo("2025 (прибл.)");
        // Kazakh writes the year first, as "the year's" day and month.
        assertThat(FuzzyDate.day(2025, 9, 14).label(kazakh)).isEqualTo("2025 жылғы 14 қыркүйек");
        assertThat(FuzzyDate.month(2025, 6).label(kazakh)).isEqualTo("2025 жылғы маусым");
        assertThat(FuzzyDate.month(2025, 6).approximately().label(kazakh)).isEqualTo("2025 жылғы маусым (шамамен)");
        assertThat(FuzzyDate.year(2025).label(kazakh)).isEqualTo("2025 жыл");
    }

    @Test
    void approximatelyKeepsThePeriod() {
        FuzzyDate date = FuzzyDate.month(2025, 6).approximately();

        assertThat(date.start()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void requiresADateAndAPrecision() {
        assertThatNullPointerException().isThrownBy(() -> new FuzzyDate(null, DatePrecision.DAY, false));
        assertThatNullPointerException().isThrownBy(() -> new FuzzyDate(LocalDate.of(2025, 1, 1), null, false));
    }
}
