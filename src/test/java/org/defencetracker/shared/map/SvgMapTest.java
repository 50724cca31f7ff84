package org.defencetracker.shared.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgMapTest {

    private static SvgMap withMarkers(List<SvgMap.Marker> markers, List<MapPoint> unplaced) {
        return new SvgMap(1000, 600, "M0 0Z", List.of(), List.of(), markers, unplaced);
    }

    @Test
    void givesItsViewBoxAndIsEmptyWithoutIncidents() {
        SvgMap map = withMarkers(List.of(), List.of());

        assertThat(map.viewBox()).isEqualTo("0 0 1000 600");
        assertThat(map.isEmpty()).isTrue();
        assertThat(withMarkers(List.of(), List.of(MapPoints.without("UNKNOWN"))).isEmpty())
                .isFalse();
    }

    @Test
    void writesEachMarkerAsALinkWithAnEscapedTooltipInTheReadersWords() {
        SvgMap.Marker marker = new SvgMap.Marker(
                10.5, 20, 6, "SETTLEMENT", "ALLEGED", "Drone <over> \"Almaty\"", "/incidents/7", "2025", false);
        SvgMap map = withMarkers(List.of(marker), List.of());

        assertThat(map.markersSvg(Map.of("SETTLEMENT", "settlement", "ALLEGED", "alleged")))
                .isEqualTo("<a class=\"marker-link\" href=\"/incidents/7\"><title>Drone &lt;over&gt; &quot;Almaty&quot;"
                        + " &middot; 2025 &middot; settlement &middot; alleged</title><circle class=\"marker marker--alleged "
                        + "marker--settlement\" cx=\"10.5\" cy=\"20.0\" r=\"6.0\"></circle></a>");
    }

    @Test
    void namesPrecisionAndAttributionByTheirCodesWithoutALabelAndLeavesOutAMissingDate() {
        SvgMap.Marker marker = new SvgMap.Marker(1, 2, 4, "EXACT", "UNKNOWN", "Crash", "/incidents/8", null, false);

        assertThat(withMarkers(List.of(marker), List.of()).markersSvg(Map.of()))
                .contains("<title>Crash &middot; EXACT &middot; UNKNOWN</title>");
    }

    @Test
    void marksATitleShownInEnglishForWantOfTheReadersLanguage() {
        SvgMap.Marker marker = new SvgMap.Marker(1, 2, 4, "EXACT", "UNKNOWN", "Crash", "/incidents/8", null, true);

        assertThat(withMarkers(List.of(marker), List.of())
                        .markersSvg(Map.of("IN_ENGLISH", "показана английская версия")))
                .contains("<title class=\"untranslated\">Crash (показана английская версия) &middot; EXACT");
    }

    @Test
    void placesARegionsSquareOnItsCentreAndItsLabelBesideIt() {
        SvgMap.RegionLabel right = new SvgMap.RegionLabel("KZ-75", "Almaty", 100, 50, false);
        SvgMap.RegionLabel left = new SvgMap.RegionLabel("KZ-63", "East", 950, 50, true);

        assertThat(right.squareX()).isEqualTo(97.5);
        assertThat(right.squareY()).isEqualTo(47.5);
        assertThat(right.labelX()).isEqualTo(106.0);
        assertThat(right.labelY()).isEqualTo(54.0);
        assertThat(right.anchor()).isEqualTo("start");
        assertThat(left.labelX()).isEqualTo(944.0);
        assertThat(left.anchor()).isEqualTo("end");
    }
}
