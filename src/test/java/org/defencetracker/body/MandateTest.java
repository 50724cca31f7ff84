package org.defencetracker.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MandateTest {

    @Test
    void rejectsEndBeforeStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Mandate(
                        null,
                        1,
                        MandateChange.GRANTED,
                        "duty",
                        LocalDate.of(2025, 9, 14),
                        LocalDate.of(2025, 9, 13),
                        Clock.systemUTC()))
                .withMessage("a mandate cannot end before it starts");
    }

    @Test
    void rejectsABlankDuty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Mandate(
                        null, 1, MandateChange.GRANTED, " ", LocalDate.of(2025, 9, 14), null, Clock.systemUTC()));
    }

    @Test
    void isValidFromItsFirstToItsLastDay() {
        MandateView view = new MandateView(
                1, 1, 1, MandateChange.GRANTED, "duty", LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 30));

        assertThat(view.isValidOn(LocalDate.of(2025, 9, 13))).isFalse();
        assertThat(view.isValidOn(LocalDate.of(2025, 9, 14))).isTrue();
        assertThat(view.isValidOn(LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(view.isValidOn(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void neverCountsAWithdrawalAsADutyHeld() {
        MandateView withdrawal = new MandateView(
                1, 1, 1, MandateChange.WITHDRAWN, "duty", LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 14));

        assertThat(withdrawal.isValidOn(LocalDate.of(2025, 9, 14))).isFalse();
    }
}
