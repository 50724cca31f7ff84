package org.defencetracker.shared.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kazakhstan drawn on the server as SVG, from outlines read once from {@code geo/kazakhstan.json} (Natural Earth),
 * so that maps need neither a tile server nor JavaScript.
 *
 * <p>The projection is equirectangular with longitudes shortened by the cosine of the country's middle latitude:
 * over Kazakhstan's eighteen degrees of latitude it keeps shapes close enough for reading where things happened,
 * and it is trivial to invert by eye from the coordinates shown on an incident's page.
 */
@Component
public class CountryMap {

    static final String RESOURCE = "geo/kazakhstan.json";
    static final int WIDTH = 1000;

    /** Degrees of latitude shown around the country, so border incidents keep some context. */
    private static final double MARGIN = 1.2;
    /** Labels starting further right than this would run off the view: they go left of their square. */
    private static final double LABEL_ROOM = 110;

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private final double west;
    private final double east;
    private final double south;
    private final double north;
    private final double xScale;
    private final double unitsPerDegree;
    private final int height;
    private final List<List<double[]>> countryRings;
    private final String countryPath;
    private final List<SvgMap.Outline> neighbours;

    public CountryMap() {
        this(RESOURCE);
    }

    CountryMap(String resource) {
        JsonNode geo = read(resource);
        countryRings = rings(geo.get("country").get("rings"));
        if (countryRings.isEmpty()) {
            throw new IllegalStateException(resource + " has no outline for the country");
        }
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (List<double[]> ring : countryRings) {
            for (double[] p : ring) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        xScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        // Never show more than the neighbours were clipped to, or their clipped edges would show as coastline.
        JsonNode bbox = geo.get("bbox");
        west = Math.max(bbox.get(0).asDouble(), minLon - MARGIN / xScale);
        south = Math.max(bbox.get(1).asDouble(), minLat - MARGIN);
        east = Math.min(bbox.get(2).asDouble(), maxLon + MARGIN / xScale);
        north = Math.min(bbox.get(3).asDouble(), maxLat + MARGIN);
        unitsPerDegree = WIDTH / ((east - west) * xScale);
        height = (int) Math.round((north - south) * unitsPerDegree);

        countryPath = path(countryRings);
        List<SvgMap.Outline> outlines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> neighbour : geo.get("neighbours").properties()) {
            List<List<double[]>> rings = rings(neighbour.getValue());
            if (!rings.isEmpty()) {
                outlines.add(new SvgMap.Outline(neighbour.getKey(), path(rings)));
            }
        }
        neighbours = List.copyOf(outlines);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CountryMap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Map outlines not found on the classpath: " + resource);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException ex) {
            throw new UncheckedIOException("Map outlines could not be read: " + resource, ex);
        }
    }

    private static List<List<double[]>> rings(JsonNode rings) {
        List<List<double[]>> result = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>(ring.size());
            for (JsonNode point : ring) {
                points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()});
            }
            if (points.size() >= 4) {
                result.add(List.copyOf(points));
            }
        }
        return List.copyOf(result);
    }

    /** Path data for rings, one closed subpath each, at a tenth of a unit (well below a pixel). */
    private String path(List<List<double[]>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            String previous = null;
            // The ring's last point repeats its first: Z closes it instead.
            for (int i = 0; i < ring.size() - 1; i++) {
                Xy xy = project(ring.get(i)[1], ring.get(i)[0]);
                String point = number(xy.x()) + " " + number(xy.y());
                if (point.equals(previous)) {
                    continue;
                }
                d.append(previous == null ? 'M' : 'L').append(point);
                previous = point;
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** A point in view-box units; y grows southwards, as in SVG. */
    record Xy(double x, double y) {}

    Xy project(double latitude, double longitude) {
        return new Xy(round((longitude - west) * xScale * unitsPerDegree), round((north - latitude) * unitsPerDegree));
    }

    /** Whether the view shows this place. */
    boolean shows(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return height;
    }

    /** The country's rings as read, for checks: each a closed list of {longitude, latitude}. */
    List<List<double[]>> countryRings() {
        return countryRings;
    }

    /**
     * The map with these regions' centres and these incidents. Points known only to the country, not known at
     * all, or outside the view are not drawn but returned as {@code unplaced}, in their given order.
     */
    public SvgMap render(List<RegionCentre> regions, List<MapPoint> points) {
        List<SvgMap.RegionLabel> labels = new ArrayList<>(regions.size());
        for (RegionCentre region : regions) {
            if (!shows(region.latitude(), region.longitude())) {
                continue;
            }
            Xy xy = project(region.latitude(), region.longitude());
            labels.add(
                    new SvgMap.RegionLabel(region.code(), region.name(), xy.x(), xy.y(), xy.x() > WIDTH - LABEL_ROOM));
        }

        List<MapPoint> unplaced = new ArrayList<>();
        Map<String, List<Placed>> spots = new LinkedHashMap<>();
        for (MapPoint point : points) {
            Double radius = radius(point.precision());
            if (radius == null || !point.hasCoordinates() || !shows(point.latitude(), point.longitude())) {
                unplaced.add(point);
                continue;
            }
            Xy xy = project(point.latitude(), point.longitude());
            spots.computeIfAbsent(Math.round(xy.x()) + "," + Math.round(xy.y()), k -> new ArrayList<>())
                    .add(new Placed(point, xy, radius));
        }

        List<SvgMap.Marker> markers = new ArrayList<>();
        for (List<Placed> spot : spots.values()) {
            fanOut(spot, markers);
        }
        // Wide, region-only circles first, so that precise points are drawn on top of them and stay clickable.
        markers.sort(Comparator.comparingDouble(SvgMap.Marker::radius).reversed());
        return new SvgMap(WIDTH, height, countryPath, neighbours, labels, markers, unplaced);
    }

    private record Placed(MapPoint point, Xy xy, double radius) {}

    /**
     * Incidents at one spot are laid out on a sunflower spiral around it: the first stays on the spot, each next
     * one a little further out, so any number of them stays visible and the same data always looks the same.
     */
    private static void fanOut(List<Placed> spot, List<SvgMap.Marker> markers) {
        double smallest = spot.stream().mapToDouble(Placed::radius).min().orElse(0);
        double spacing = Math.min(8, 1.5 * smallest);
        for (int i = 0; i < spot.size(); i++) {
            Placed placed = spot.get(i);
            double distance = spacing * Math.sqrt(i);
            double angle = i * GOLDEN_ANGLE;
            MapPoint point = placed.point();
            markers.add(new SvgMap.Marker(
                    round(placed.xy().x() + distance * Math.cos(angle)),
                    round(placed.xy().y() + distance * Math.sin(angle)),
                    placed.radius(),
                    point.precision(),
                    point.attribution() == null ? "UNKNOWN" : point.attribution(),
                    point.title(),
                    point.path(),
                    point.dateLabel(),
                    point.titleInEnglish()));
        }
    }

    /** The circle's radius for a precision, or null when the place is too vague to be a point. */
    static Double radius(String precision) {
        return switch (precision) {
            case "EXACT" -> 4.0;
            case "SETTLEMENT" -> 6.0;
            case "REGION" -> 12.0;
            default -> null;
        };
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Locale-independent and short: "12", "12.5", never "12,5" or "12.50". */
    private static String number(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
