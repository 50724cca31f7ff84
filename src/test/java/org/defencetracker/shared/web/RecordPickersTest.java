package org.defencetracker.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.shared.RecordRef;
import org.junit.jupiter.api.Test;

class RecordPickersTest {

    private final Map<Long, String> offered = new LinkedHashMap<>(Map.of(
            4L, "Ministry of Defence",
            7L, "Senate",
            8L, "Committee",
            9L, "committee"));

    private final RecordChoices bodies = new RecordChoices() {
        @Override
        public String kind() {
            return BODIES;
        }

        @Override
        public Map<Long, String> choices() {
            return offered;
        }
    };

    private final RecordPickers.PickerFormatter formatter = new RecordPickers.PickerFormatter(bodies::named);

    @Test
    void readsTheNumberAtTheEndOfAnOption() {
        RecordRef ref = formatter.parse("Ministry of Defence · #4", Locale.ROOT);

        assertThat(ref.id()).isEqualTo(4L);
        assertThat(ref.known()).isTrue();
    }

    @Test
    void readsANumberAloneEvenOfARecordNotOffered() {
        // Whether it may be chosen is for the checks to say, with the record at hand.
        assertThat(formatter.parse(" #123 ", Locale.ROOT).id()).isEqualTo(123L);
    }

    @Test
    void readsANameThatMatchesOneOptionWhateverItsCase() {
        RecordRef ref = formatter.parse("  senate ", Locale.ROOT);

        assertThat(ref.id()).isEqualTo(7L);
        assertThat(ref.label()).isEqualTo("Senate · #7");
    }

    @Test
    void keepsANameThatMatchesNothingAsTyped() {
        RecordRef ref = formatter.parse("Ministry of Magic", Locale.ROOT);

        assertThat(ref.known()).isFalse();
        assertThat(ref.label()).isEqualTo("Ministry of Magic");
    }

    @Test
    void keepsANameThatMatchesSeveralOptionsAsUnknown() {
        assertThat(formatter.parse("Committee", Locale.ROOT).known()).isFalse();
    }

    @Test
    void aNumberInsideANameIsNotItsNumber() {
        assertThat(formatter.parse("Order #12 of the Senate", Locale.ROOT).known())
                .isFalse();
    }

    @Test
    void printsTheLabel() {
        assertThat(formatter.print(Picker.ref("Senate", 7), Locale.ROOT)).isEqualTo("Senate · #7");
        assertThat(formatter.print(RecordRef.of(7L), Locale.ROOT)).isEqualTo("#7");
    }
}
