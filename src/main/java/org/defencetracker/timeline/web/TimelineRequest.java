package org.defencetracker.timeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.defencetracker.timeline.RecordedOn;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The timeline page's view, read from its address ({@link TimelineQuery} and the zoom) and written back into
 * addresses: filters, cursor and page size as query parameters, so that every view can be shared and bookmarked.
 */
public record TimelineRequest(
        TimelineFilter filter,
        TimelineCursor before,
        TimelineCursor after,
        int size,
        LocalDate at,
        Zoom zoom,
        RecordedOn recordedOn) {

    /**
     * The page's request from the bound query parameters and the page's own {@code zoom} (a year when not given).
     * Every address this request writes keeps the day or minute recorded on.
     */
    public static TimelineRequest of(TimelineQuery query, Zoom zoom, Clock clock) {
        return new TimelineRequest(
                query.filter(clock),
                query.olderThan(),
                query.after(),
                query.pageSize(),
                query.at(),
                zoom == null ? Zoom.YEAR : zoom,
                query.recordedOn());
    }

    /** The address of this filter (without cursor), to which a page cursor or a change is added. */
    UriComponentsBuilder filterAddress() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/timeline");
        TimelineFilter f = filter;
        if (f.from() != null) uri.queryParam("from", f.from());
        if (f.to() != null) uri.queryParam("to", f.to());
        f.kinds().stream().sorted().forEach(k -> uri.queryParam("kind", k.name()));
        if (f.bodyId() != null) uri.queryParam("body", f.bodyId());
        if (f.region() != null) uri.queryParam("region", f.region());
        if (f.origin() != null) uri.queryParam("origin", f.origin());
        if (f.attribution() != null) uri.queryParam("attribution", f.attribution());
        if (f.words() != null) uri.queryParam("q", f.words());
        if (size != TimelineQuery.DEFAULT_SIZE) uri.queryParam("size", size);
        if (zoom != Zoom.YEAR) uri.queryParam("zoom", zoom.name().toLowerCase(Locale.ROOT));
        if (recordedOn != null) uri.queryParam("recordedOn", recordedOn);
        return uri;
    }

    /**
     * Where "Reset" leads: no filters, but still the timeline as recorded on the same day (the banner leads back to
     * the current timeline).
     */
    public String resetAddress() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/timeline");
        if (recordedOn != null) uri.queryParam("recordedOn", recordedOn);
        return uri.encode().toUriString();
    }

    /** The same view of the timeline as it is now. */
    public String currentAddress() {
        return filterAddress().replaceQueryParam("recordedOn").encode().toUriString();
    }

    /** This filter's entries, all of them, as CSV; then as JSON; then its latest changes as an Atom feed. */
    public String csvAddress() {
        return TimelineExportAddresses.csv(this);
    }

    public String jsonAddress() {
        return TimelineExportAddresses.json(this);
    }

    public String geoJsonAddress() {
        return TimelineExportAddresses.geoJson(this);
    }

    public String incidentsCsvAddress() {
        return TimelineExportAddresses.incidentsCsv(this);
    }

    public String feedAddress() {
        return TimelineExportAddresses.feed(this);
    }

    /** The timeline at another zoom or window, starting its list at {@code anchor}. */
    public String windowAddress(Zoom newZoom, LocalDate anchor) {
        UriComponentsBuilder uri = filterAddress().replaceQueryParam("zoom");
        if (newZoom != Zoom.YEAR) {
            uri.queryParam("zoom", newZoom.name().toLowerCase(Locale.ROOT));
        }
        uri.queryParam("at", anchor);
        return uri.encode().toUriString();
    }

    String olderAddress(TimelineCursor cursor) {
        return filterAddress().queryParam("before", cursor).encode().toUriString();
    }

    String newerAddress(TimelineCursor cursor) {
        return filterAddress().queryParam("after", cursor).encode().toUriString();
    }

    /** The current filter without one of its parameters: the link on a filter chip. */
    public String without(String parameter) {
        UriComponentsBuilder uri = filterAddress();
        uri.replaceQueryParam(parameter);
        return uri.encode().toUriString();
    }

    public boolean isFiltered() {
        TimelineFilter f = filter;
        return f.from() != null
                || f.to() != null
                || !f.kinds().isEmpty()
                || f.bodyId() != null
                || f.region() != null
                || f.origin() != null
                || f.attribution() != null
                || f.words() != null;
    }
}
