package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.shared.ConverterRefusals.assertRefuses;

import org.junit.jupiter.api.Test;

class ZoomConverterTest {

    private final ZoomConverter zooms = new ZoomConverter();

    @Test
    void readsAZoomAsAddressesWriteItOrInCapitals() {
        assertThat(zooms.convert("month")).isEqualTo(Zoom.MONTH);
        assertThat(zooms.convert("WEEK")).isEqualTo(Zoom.WEEK);
        assertThat(zooms.convert(" year ")).isEqualTo(Zoom.YEAR);
        assertThat(zooms.convert("")).isNull();
    }

    @Test
    void refusesAnotherSpanWithItsReason() {
        assertRefuses(zooms, "decade", "error.parameter.zoom");
    }
}
