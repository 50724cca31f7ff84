package org.defencetracker.shared.map;

import java.util.List;

/** Places and incidents for map tests, with the real coordinates of the cities they name. */
final class MapPoints {

    static final double ASTANA_LAT = 51.169;
    static final double ASTANA_LON = 71.449;
    static final double ALMATY_LAT = 43.239;
    static final double ALMATY_LON = 76.890;

    private MapPoints() {}

    static MapPoint at(double latitude, double longitude, String precision, String attribution, String title) {
        return new MapPoint(
                latitude,
                longitude,
                precision,
                attribution,
                title,
                "/incidents/" + Math.abs(title.hashCode()),
                null,
                false);
    }

    static MapPoint exact(double latitude, double longitude) {
        return at(latitude, longitude, "EXACT", "CONFIRMED", "Exact at " + latitude + ", " + longitude);
    }

    static MapPoint without(String precision) {
        return new MapPoint(null, null, precision, null, "Somewhere: " + precision, "/incidents/99", "2025", false);
    }

    static List<RegionCentre> someRegions() {
        return List.of(
                new RegionCentre("KZ-71", "Astana", 51.16944, 71.44917),
                new RegionCentre("KZ-55", "Pavlodar", 52.30000, 76.95000),
                new RegionCentre("KZ-63", "Oskemen", 49.94833, 82.62778),
                new RegionCentre("KZ-47", "Aktau", 43.65000, 51.16667));
    }
}
