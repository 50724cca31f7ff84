package org.defencetracker.shared.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapPointTest {

    private static MapPoint point(Double latitude, String precision, String attribution) {
        return new MapPoint(latitude, 76.9, precision, attribution, "Drone", "/incidents/1", "2025", false);
    }

    @Test
    void readsPrecisionAndAttributionInAnyCaseAndTakesAnUnknownOneAsUnknown() {
        MapPoint point = point(43.2, " exact ", "alleged");

        assertThat(point.precision()).isEqualTo("EXACT");
        assertThat(point.attribution()).isEqualTo("ALLEGED");
        assertThat(point(43.2, "street", "maybe").precision()).isEqualTo("UNKNOWN");
        assertThat(point(43.2, "street", "maybe").attribution()).isEqualTo("UNKNOWN");
        assertThat(point(43.2, null, null).precision()).isEqualTo("UNKNOWN");
        assertThat(point(43.2, null, null).attribution()).isNull();
    }

    @Test
    void isPlaceableOnlyWithCoordinatesAndAPlaceKnownToARegionOrBetter() {
        assertThat(point(43.2, "EXACT", null).isPlaceable()).isTrue();
        assertThat(point(43.2, "REGION", null).isPlaceable()).isTrue();
        assertThat(point(43.2, "COUNTRY", null).isPlaceable()).isFalse();
        assertThat(point(null, "EXACT", null).isPlaceable()).isFalse();
    }

    @Test
    void needsATitleAndAPage() {
        assertThatThrownBy(() -> new MapPoint(1.0, 2.0, "EXACT", null, null, "/incidents/1", null, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MapPoint(1.0, 2.0, "EXACT", null, "Drone", null, null, false))
                .isInstanceOf(NullPointerException.class);
    }
}
