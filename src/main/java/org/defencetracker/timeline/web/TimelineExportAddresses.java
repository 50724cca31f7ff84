package org.defencetracker.timeline.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the exports and the feed of a timeline view: the same filter (dates, kinds, body, region, origin,
 * attribution, words, the day recorded on), without what only shapes the page (cursor, page size, zoom).
 */
final class TimelineExportAddresses {

    private TimelineExportAddresses() {}

    static String csv(TimelineRequest query) {
        return of(query, "/timeline.csv").encode().toUriString();
    }

    static String json(TimelineRequest query) {
        return of(query, "/timeline.json").encode().toUriString();
    }

    static String geoJson(TimelineRequest query) {
        return of(query, "/timeline.geojson").encode().toUriString();
    }

    /** The filter's incidents in the CSV import's columns, for another tracker to import. */
    static String incidentsCsv(TimelineRequest query) {
        return of(query, "/incidents.csv").encode().toUriString();
    }

    static String feed(TimelineRequest query) {
        return of(query, "/feed.atom").encode().toUriString();
    }

    static UriComponentsBuilder of(TimelineRequest query, String path) {
        return query.filterAddress().replacePath(path).replaceQueryParam("size").replaceQueryParam("zoom");
    }
}
