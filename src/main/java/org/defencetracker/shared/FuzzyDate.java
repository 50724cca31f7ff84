package org.defencetracker.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date as precisely as it is known. A month- or year-precision date is kept as the first day of its period,
 * so that the period runs from {@link #start()} to {@link #end()}; {@code approximate} marks dates that the
 * source only gives as "around".
 */
@Embeddable
public record FuzzyDate(
        @Column(name = "date_on", nullable = false) LocalDate on,

        @Enumerated(EnumType.STRING) @Column(name = "date_precision", nullable = false)
        DatePrecision precision,

        @Column(name = "date_approximate", nullable = false) boolean approximate) {

    public FuzzyDate {
        Objects.requireNonNull(on, "date");
        Objects.requireNonNull(precision, "precision");
        on = switch (precision) {
            case DAY -> on;
            case MONTH -> on.withDayOfMonth(1);
            case YEAR -> on.withDayOfYear(1);
        };
    }

    public static FuzzyDate day(int year, int month, int day) {
        return new FuzzyDate(LocalDate.of(year, month, day), DatePrecision.DAY, false);
    }

    public static FuzzyDate month(int year, int month) {
        return new FuzzyDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, false);
    }

    public static FuzzyDate year(int year) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, false);
    }

    public static FuzzyDate exact(LocalDate date) {
        return new FuzzyDate(date, DatePrecision.DAY, false);
    }

    public FuzzyDate approximately() {
        return new FuzzyDate(on, precision, true);
    }

    public LocalDate start() {
        return on;
    }

    /** The last day the date may stand for. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> on;
            case MONTH -> YearMonth.from(on).atEndOfMonth();
            case YEAR -> on.withDayOfYear(on.lengthOfYear());
        };
    }

    public boolean isExact() {
        return precision == DatePrecision.DAY && !approximate;
    }

    /**
     * The date as readers of {@code locale} write it, as precise as it is known: "14 September 2025", "June 2025",
     * "2025 (approx.)"; in Russian «14 сентября 2025» (a month after its day in the genitive), «июнь 2025»; in
     * Kazakh «2025 жылғы 14 қыркүйек», «2025 жылғы маусым», «2025 жыл».
     */
    public String label(Locale locale) {
        int year = on.getYear();
        String text = switch (locale.getLanguage()) {
            case "ru" ->
                switch (precision) {
                    case DAY -> on.getDayOfMonth() + " " + month(TextStyle.FULL, locale) + " " + year;
                    case MONTH -> month(TextStyle.FULL_STANDALONE, locale) + " " + year;
                    case YEAR -> String.valueOf(year);
                };
            case "kk" ->
                switch (precision) {
                    // Within a sentence Kazakh writes month names small (the standalone names are capitalised).
                    case DAY ->
                        year + " жылғы " + on.getDayOfMonth() + " "
                                + month(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
                    case MONTH ->
                        year + " жылғы "
                                + month(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
                    case YEAR -> year + " жыл";
                };
            default ->
                switch (precision) {
                    case DAY -> on.getDayOfMonth() + " " + month(TextStyle.FULL_STANDALONE, locale) + " " + year;
                    case MONTH -> month(TextStyle.FULL_STANDALONE, locale) + " " + year;
                    case YEAR -> String.valueOf(year);
                };
        };
        return approximate ? text + " (" + approximately(locale) + ")" : text;
    }

    private static String approximately(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> "прибл.";
            case "kk" -> "шамамен";
            default -> "approx.";
        };
    }

    @Override
    public String toString() {
        return label(Locale.ENGLISH);
    }

    private String month(TextStyle style, Locale locale) {
        return on.getMonth().getDisplayName(style, locale);
    }
}
