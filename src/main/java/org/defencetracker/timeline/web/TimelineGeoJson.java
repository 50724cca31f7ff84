package org.defencetracker.timeline.web;

import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;
import tools.jackson.core.JsonGenerator;

/**
 * A timeline filter's incidents as a GeoJSON feature collection (RFC 7946), for GIS tools: one feature per incident,
 * its point as longitude then latitude (WGS 84), and what the point stands for as {@code place_precision} (an exact
 * spot, a settlement, a region's centre). An incident without a point (known only to the country) is a feature
 * without geometry, so that the collection still holds every incident of the filter.
 */
final class TimelineGeoJson {

    static final String CONTENT_TYPE = "application/geo+json";

    private final JsonGenerator json;

    TimelineGeoJson(JsonGenerator json) {
        this.json = json;
    }

    void start() {
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeArrayPropertyStart("features");
    }

    void feature(TimelineEntry e, String link) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", e.key());
        Place place = e.place();
        if (place != null && place.hasPoint()) {
            json.writeObjectPropertyStart("geometry");
            json.writeStringProperty("type", "Point");
            json.writeArrayPropertyStart("coordinates");
            json.writeNumber(place.longitude());
            json.writeNumber(place.latitude());
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNullProperty("geometry");
        }
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("subtype", e.subtype());
        json.writeStringProperty("title", e.title());
        json.writeStringProperty("date", e.date().start().toString());
        json.writeStringProperty("date_end", e.date().end().toString());
        json.writeStringProperty("date_precision", e.date().precision().name());
        json.writeBooleanProperty("approximate", e.date().approximate());
        json.writeStringProperty("region", place == null ? null : place.regionCode());
        json.writeStringProperty("region_name", place == null ? null : place.regionName());
        json.writeStringProperty("place_precision", place == null ? null : place.precision());
        json.writeStringProperty("origin", e.origin());
        json.writeStringProperty("attribution", e.attribution());
        json.writeStringProperty("summary", e.summary());
        json.writeStringProperty("link", link);
        json.writeEndObject();
        json.writeEndObject();
    }

    void end() {
        json.writeEndArray();
        json.writeEndObject();
    }
}
