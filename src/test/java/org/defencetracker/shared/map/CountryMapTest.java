package org.defencetracker.shared.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.defencetracker.shared.map.MapPoints.ALMATY_LAT;
import static org.defencetracker.shared.map.MapPoints.ALMATY_LON;
import static org.defencetracker.shared.map.MapPoints.ASTANA_LAT;
import static org.defencetracker.shared.map.MapPoints.ASTANA_LON;
import static org.defencetracker.shared.map.MapPoints.at;
import static org.defencetracker.shared.map.MapPoints.exact;
import static org.defencetracker.shared.map.MapPoints.someRegions;
import static org.defencetracker.shared.map.MapPoints.without;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryMapTest {

    // Read once for all tests, as the application reads it once.
    private static final CountryMap MAP = new CountryMap();

    @Test
    void keepsAstanaAndAlmatyInsideTheViewWithAlmatySouthEastOfAstana() {
        CountryMap.Xy astana = MAP.project(ASTANA_LAT, ASTANA_LON);
        CountryMap.Xy almaty = MAP.project(ALMATY_LAT, ALMATY_LON);

        assertThat(List.of(astana, almaty)).allSatisfy(xy -> {
            assertThat(xy.x()).isBetween(0.0, (double) MAP.width());
            assertThat(xy.y()).isBetween(0.0, (double) MAP.height());
        });
        assertThat(almaty.x()).as("east of Astana").isGreaterThan(astana.x());
        assertThat(almaty.y()).as("south of Astana: SVG's y grows downwards").isGreaterThan(astana.y());
    }

    @Test
    void fitsTheWholeCountryWithAMargin() {
        for (List<double[]> ring : MAP.countryRings()) {
            for (double[] point : ring) {
                CountryMap.Xy xy = MAP.project(point[1], point[0]);
                assertThat(xy.x()).isBetween(10.0, MAP.width() - 10.0);
                assertThat(xy.y()).isBetween(10.0, MAP.height() - 10.0);
            }
        }
        assertThat(MAP.height()).as("Kazakhstan is wider than tall").isBetween(400, 800);
    }

    @Test
    void drawsAClosedNonEmptyOutlineOfTheCountry() {
        assertThat(MAP.countryRings()).isNotEmpty().allSatisfy(ring -> {
            assertThat(ring).hasSizeGreaterThanOrEqualTo(4);
            assertThat(ring.get(ring.size() - 1)).containsExactly(ring.get(0));
        });
        String d = MAP.render(List.of(), List.of()).country();
        assertThat(d).startsWith("M").endsWith("Z");
        assertThat(d.chars().filter(c -> c == 'M').count())
                .isEqualTo(d.chars().filter(c -> c == 'Z').count())
                .isEqualTo(MAP.countryRings().size());
        // The main outline alone has hundreds of points, not a token box.
        assertThat(d.chars().filter(c -> c == 'L').count()).isGreaterThan(300);
    }

    @Test
    void drawsTheNeighboursByTheirCodes() {
        SvgMap map = MAP.render(List.of(), List.of());

        assertThat(map.neighbours())
                .extracting(SvgMap.Outline::code)
                .contains("RU", "CN", "KG", "UZ", "TM")
                .doesNotContain("KZ");
        assertThat(map.neighbours())
                .allSatisfy(n -> assertThat(n.d()).startsWith("M").endsWith("Z"));
        assertThat(map.viewBox()).isEqualTo("0 0 1000 " + MAP.height());
    }

    @Test
    void drawsARegionOnlyPointWiderThanAnExactOne() {
        SvgMap map = MAP.render(
                List.of(),
                List.of(
                        at(52.3, 76.95, "REGION", "ALLEGED", "Region only"),
                        at(49.8, 73.1, "SETTLEMENT", "ALLEGED", "Settlement"),
                        at(ASTANA_LAT, ASTANA_LON, "EXACT", "CONFIRMED", "Exact")));

        assertThat(map.markers())
                .extracting(SvgMap.Marker::title)
                .containsExactly("Region only", "Settlement", "Exact");
        assertThat(map.markers())
                .extracting(SvgMap.Marker::radius)
                .as("widest first, so precise points are drawn on top")
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        SvgMap.Marker region = map.markers().get(0);
        SvgMap.Marker settlement = map.markers().get(1);
        SvgMap.Marker exactPoint = map.markers().get(2);
        assertThat(region.radius()).isGreaterThan(settlement.radius());
        assertThat(settlement.radius()).isGreaterThan(exactPoint.radius());
    }

    @Test
    void placesAMarkerWhereItsCoordinatesAre() {
        SvgMap map = MAP.render(List.of(), List.of(exact(ASTANA_LAT, ASTANA_LON)));

        CountryMap.Xy astana = MAP.project(ASTANA_LAT, ASTANA_LON);
        assertThat(map.markers()).singleElement().satisfies(m -> {
            assertThat(m.x()).isEqualTo(astana.x());
            assertThat(m.y()).isEqualTo(astana.y());
        });
    }

    @Test
    void listsCountryOnlyAndUnknownPlacesInsteadOfDrawingThem() {
        MapPoint countryOnly = at(48.0, 68.0, "COUNTRY", "ALLEGED", "Somewhere in Kazakhstan");
        MapPoint unknown = at(48.0, 68.0, "UNKNOWN", null, "Place not known");
        MapPoint noCoordinates = without("EXACT");
        MapPoint drawn = exact(ASTANA_LAT, ASTANA_LON);

        SvgMap map = MAP.render(List.of(), List.of(countryOnly, drawn, unknown, noCoordinates));

        assertThat(map.markers()).extracting(SvgMap.Marker::title).containsExactly(drawn.title());
        assertThat(map.unplaced()).containsExactly(countryOnly, unknown, noCoordinates);
    }

    @Test
    void listsPointsOutsideTheViewInsteadOfDrawingThem() {
        MapPoint moscow = exact(55.756, 37.617);
        MapPoint tehran = exact(35.689, 51.389);
        MapPoint ulaanbaatar = exact(47.921, 106.918);

        SvgMap map = MAP.render(List.of(), List.of(moscow, tehran, ulaanbaatar));

        assertThat(map.markers()).isEmpty();
        assertThat(map.unplaced()).containsExactly(moscow, tehran, ulaanbaatar);
    }

    @Test
    void treatsAnUnrecognisedPrecisionAsUnknown() {
        MapPoint odd = at(ASTANA_LAT, ASTANA_LON, "street", "CONFIRMED", "Odd");

        assertThat(odd.precision()).isEqualTo("UNKNOWN");
        assertThat(MAP.render(List.of(), List.of(odd)).unplaced()).containsExactly(odd);
    }

    @Test
    void namesTheAttributionInTheMarkerClass() {
        SvgMap map = MAP.render(
                List.of(),
                List.of(
                        at(47.1, 51.9, "EXACT", "confirmed", "a"),
                        at(50.3, 57.2, "EXACT", "ALLEGED", "b"),
                        at(53.2, 63.6, "SETTLEMENT", "DENIED", "c"),
                        at(44.9, 65.5, "REGION", null, "d")));

        assertThat(map.markers())
                .extracting(SvgMap.Marker::cssClass)
                .containsExactly(
                        "marker marker--unknown marker--region",
                        "marker marker--denied marker--settlement",
                        "marker marker--confirmed marker--exact",
                        "marker marker--alleged marker--exact");
    }

    @Test
    void fansOutIncidentsAtTheSameSpotSoEachStaysVisible() {
        List<MapPoint> sameSpot = List.of(
                at(52.3, 76.95, "REGION", "ALLEGED", "first"),
                at(52.3, 76.95, "REGION", "CONFIRMED", "second"),
                at(52.3, 76.95, "REGION", "DENIED", "third"));

        SvgMap map = MAP.render(List.of(), sameSpot);
        SvgMap again = MAP.render(List.of(), sameSpot);

        CountryMap.Xy spot = MAP.project(52.3, 76.95);
        assertThat(map.markers()).hasSize(3);
        assertThat(map.markers().get(0).x()).isEqualTo(spot.x());
        assertThat(map.markers().get(0).y()).isEqualTo(spot.y());
        assertThat(map.markers()).extracting(m -> m.x() + "," + m.y()).doesNotHaveDuplicates();
        assertThat(map.markers())
                .allSatisfy(m -> assertThat(Math.hypot(m.x() - spot.x(), m.y() - spot.y()))
                        .as("still at the spot, within a marker's size")
                        .isLessThan(20));
        assertThat(again.markers()).as("the same data looks the same").isEqualTo(map.markers());
    }

    @Test
    void labelsRegionCentresAtTheirCoordinates() {
        SvgMap map = MAP.render(someRegions(), List.of());

        assertThat(map.regions())
                .extracting(SvgMap.RegionLabel::name)
                .containsExactly("Astana", "Pavlodar", "Oskemen", "Aktau");
        SvgMap.RegionLabel astana = map.regions().get(0);
        CountryMap.Xy xy = MAP.project(51.16944, 71.44917);
        assertThat(astana.x()).isEqualTo(xy.x());
        assertThat(astana.y()).isEqualTo(xy.y());
        assertThat(astana.anchor()).isEqualTo("start");
        assertThat(astana.labelX()).isGreaterThan(astana.x());
        assertThat(astana.squareX() + astana.squareSize() / 2).isCloseTo(astana.x(), offset(0.1));
    }

    @Test
    void putsTheLabelOfACentreNearTheEastEdgeOnItsLeft() {
        SvgMap map = MAP.render(
                List.of(
                        new RegionCentre("KZ-63", "Oskemen", 49.94833, 82.62778),
                        new RegionCentre("XX", "Altai", 49.2, 88.5)),
                List.of());

        SvgMap.RegionLabel oskemen = map.regions().get(0);
        SvgMap.RegionLabel altai = map.regions().get(1);
        assertThat(oskemen.anchor()).isEqualTo("start");
        assertThat(altai.x()).isGreaterThan(MAP.width() - 110.0);
        assertThat(altai.anchor()).isEqualTo("end");
        assertThat(altai.labelX()).isLessThan(altai.x());
    }
}
