package org.defencetracker.shared.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.shared.Translated;
import org.springframework.web.util.HtmlUtils;

/**
 * A map ready for a template: everything in SVG user units of a {@code width} × {@code height} view box, outlines
 * as path data, markers already placed and sized. Incidents that cannot honestly be drawn as a point are in
 * {@code unplaced}, for a list beside the map.
 */
public record SvgMap(
        int width,
        int height,
        String country,
        List<Outline> neighbours,
        List<RegionLabel> regions,
        List<Marker> markers,
        List<MapPoint> unplaced) {

    public SvgMap {
        neighbours = List.copyOf(neighbours);
        regions = List.copyOf(regions);
        markers = List.copyOf(markers);
        unplaced = List.copyOf(unplaced);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public boolean isEmpty() {
        return markers.isEmpty() && unplaced.isEmpty();
    }

    /** A neighbouring country's land inside the view, keyed by its ISO 3166-1 alpha-2 code. */
    public record Outline(String code, String d) {}

    /** A region's centre as a small square with its name beside it. */
    public record RegionLabel(String code, String name, double x, double y, boolean labelLeft) {

        static final double SQUARE = 5;

        public double squareX() {
            return CountryMap.round(x - SQUARE / 2);
        }

        public double squareY() {
            return CountryMap.round(y - SQUARE / 2);
        }

        public double squareSize() {
            return SQUARE;
        }

        public double labelX() {
            return CountryMap.round(labelLeft ? x - 6 : x + 6);
        }

        public double labelY() {
            return CountryMap.round(y + 4);
        }

        /** Near the right edge the label goes to the left of its square, so that it is not cut off. */
        public String anchor() {
            return labelLeft ? "end" : "start";
        }
    }

    /**
     * One incident drawn as a circle: the radius says how well the place is known, the class how sure the
     * attribution is. Several incidents at one spot are fanned out around it so that each stays visible.
     */
    public record Marker(
            double x,
            double y,
            double radius,
            String precision,
            String attribution,
            String title,
            String path,
            String dateLabel,
            boolean titleInEnglish) {

        public Translated shownTitle() {
            return new Translated(title, titleInEnglish);
        }

        public String cssClass() {
            return "marker marker--" + attribution.toLowerCase(Locale.ROOT) + " marker--"
                    + precision.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The markers as SVG, each a link with its tooltip (title · date · how well the place is known · attribution).
     * Written here rather than by the template because a view can hold hundreds of them; every text is escaped.
     * {@code labels} names precisions and attribution statuses in the reader's language, by their codes, and under
     * {@code IN_ENGLISH} the mark of a title shown in English for want of the reader's language.
     */
    public String markersSvg(Map<String, String> labels) {
        StringBuilder svg = new StringBuilder(markers.size() * 220);
        for (Marker m : markers) {
            StringBuilder tooltip = new StringBuilder(m.title());
            if (m.titleInEnglish() && labels.containsKey("IN_ENGLISH")) {
                tooltip.append(" (").append(labels.get("IN_ENGLISH")).append(')');
            }
            if (m.dateLabel() != null) {
                tooltip.append(" · ").append(m.dateLabel());
            }
            tooltip.append(" · ").append(labels.getOrDefault(m.precision(), m.precision()));
            tooltip.append(" · ").append(labels.getOrDefault(m.attribution(), m.attribution()));
            svg.append("<a class=\"marker-link\" href=\"")
                    .append(HtmlUtils.htmlEscape(m.path()))
                    .append(m.titleInEnglish() ? "\"><title class=\"untranslated\">" : "\"><title>")
                    .append(HtmlUtils.htmlEscape(tooltip.toString()))
                    .append("</title><circle class=\"")
                    .append(m.cssClass())
                    .append("\" cx=\"")
                    .append(m.x())
                    .append("\" cy=\"")
                    .append(m.y())
                    .append("\" r=\"")
                    .append(m.radius())
                    .append("\"></circle></a>");
        }
        return svg.toString();
    }
}
