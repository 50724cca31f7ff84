package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.shared.DatePrecision;
import org.junit.jupiter.api.Test;

class CsvIncidentRowTest {

    @Test
    void readsChoicesWrittenInAnyCaseWithSpacesOrHyphens() {
        CsvIncidentRow row = new CsvIncidentRow(Map.of(
                "kind", " drone incursion ",
                "precision", "month",
                "geoPrecision", "Settlement",
                "response", "shot-down"));

        assertThat(row.getKind()).isEqualTo(IncidentKind.DRONE_INCURSION);
        assertThat(row.getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(row.getGeoPrecision()).isEqualTo(GeoPrecision.SETTLEMENT);
        assertThat(row.getResponse()).isEqualTo(IncidentResponse.SHOT_DOWN);
        assertThat(row.unreadable()).isEmpty();
    }

    @Test
    void absentCellsTakeTheFormsDefaults() {
        CsvIncidentRow row = new CsvIncidentRow(Map.of("title", "Drone over Almaty"));

        assertThat(row.getTitle()).isEqualTo("Drone over Almaty");
        assertThat(row.getKind()).isNull();
        assertThat(row.getPrecision()).isNull();
        assertThat(row.isApproximate()).isFalse();
        assertThat(row.getCountry()).isEqualTo("KZ");
        assertThat(row.getGeoPrecision()).isEqualTo(GeoPrecision.UNKNOWN);
        assertThat(row.getResponse()).isEqualTo(IncidentResponse.UNKNOWN);
        assertThat(row.getObjectsCount()).isNull();
        assertThat(row.unreadable()).isEmpty();
    }

    @Test
    void readsTheApproximateFlagAndTheNumberOfObjects() {
        assertThat(new CsvIncidentRow(Map.of("approximate", "Yes")).isApproximate())
                .isTrue();
        assertThat(new CsvIncidentRow(Map.of("approximate", "1")).isApproximate())
                .isTrue();
        assertThat(new CsvIncidentRow(Map.of("approximate", "n")).isApproximate())
                .isFalse();
        assertThat(new CsvIncidentRow(Map.of("objectsCount", " 12 ")).getObjectsCount())
                .isEqualTo(12);
    }

    @Test
    void keepsEachUnreadableValueWithTheValuesItsFieldTakes() {
        CsvIncidentRow row = new CsvIncidentRow(
                Map.of("kind", "balloon-ish", "approximate", "perhaps", "objectsCount", "three", "country", "UZ"));

        assertThat(row.getKind()).isNull();
        assertThat(row.isApproximate()).isFalse();
        assertThat(row.getObjectsCount()).isNull();
        assertThat(row.getCountry()).isEqualTo("UZ");
        assertThat(row.unreadable())
                .extracting(CsvIncidentRow.Unreadable::field)
                .containsExactly("kind", "approximate", "objectsCount");
        assertThat(row.unreadable().get(0).accepted())
                .isEqualTo("DRONE_INCURSION, AIRSPACE_VIOLATION, DEBRIS_FOUND, CRASH, SHOOT_DOWN");
        assertThat(row.unreadable().get(1).accepted()).isEqualTo("true, false");
        assertThat(row.unreadable().get(2).accepted()).isEqualTo("1, 2, 3, …");
    }
}
