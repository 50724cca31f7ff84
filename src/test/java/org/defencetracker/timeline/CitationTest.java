package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static Citation published(String published) {
        return new Citation("Publisher", "Title", null, published);
    }

    @Test
    void givesThePublicationDateAsIsoTextAsPreciseAsItIsKnown() {
        assertThat(published("14 September 2025").publishedOn()).isEqualTo("2025-09-14");
        assertThat(published("2 June 1983").publishedOn()).isEqualTo("1983-06-02");
        assertThat(published("June 2025").publishedOn()).isEqualTo("2025-06");
        assertThat(published("2025").publishedOn()).isEqualTo("2025");
        assertThat(published("2025 (approx.)").publishedOn()).isEqualTo("2025");
        assertThat(published(null).publishedOn()).isNull();
    }

    @Test
    void readsBackEveryLabelADateOfAnyPrecisionIsCitedWith() {
        for (FuzzyDate date : new FuzzyDate[] {
            FuzzyDate.day(1899, 12, 31), FuzzyDate.month(2024, 2), FuzzyDate.year(1950), FuzzyDate.day(2025, 5, 1)
        }) {
            String iso = org.defencetracker.shared.DateInput.text(date);
            assertThat(published(date.label(Locale.ENGLISH)).publishedOn()).isEqualTo(iso);
            assertThat(published(iso).publishedOn()).isEqualTo(iso);
        }
    }

    @Test
    void anUnreadableLabelHasNoDate() {
        assertThat(published("sometime").publishedOn()).isNull();
    }
}
