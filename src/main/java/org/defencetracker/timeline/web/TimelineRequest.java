package org.defencetracker.timeline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.web.Dates;
import org.defencetracker.shared.web.Numbers;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The timeline's address, read and written: filters, cursor and page size as query parameters, so that every
 * view can be shared and bookmarked. Anything that cannot be used is refused with the parameter's name.
 *
 * <p>{@code recordedOn} asks for the timeline as recorded at the end of that day in the zone of the application's
 * clock: the filter then holds the first moment of the next day. Every address this request writes keeps it.
 */
public record TimelineRequest(
        TimelineFilter filter,
        TimelineCursor before,
        TimelineCursor after,
        int size,
        LocalDate at,
        Zoom zoom,
        LocalDate recordedOn) {

    static final int DEFAULT_SIZE = 50;
    static final List<String> ATTRIBUTION_ORDER = List.of("CONFIRMED", "ALLEGED", "CONTESTED", "DENIED", "UNKNOWN");
    static final Set<String> ATTRIBUTIONS = Set.copyOf(ATTRIBUTION_ORDER);

    /** Reads the parameters; the JSON API reads its timeline parameters here too, with the same refusals. */
    public static TimelineRequest parse(MultiValueMap<String, String> params, Clock clock) {
        LocalDate from = Dates.parameter("from", params.getFirst("from"));
        LocalDate to = Dates.parameter("to", params.getFirst("to"));
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", params.getFirst("to"), "error.parameter.range");
        }
        Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        for (String value : params.getOrDefault("kind", List.of())) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    kinds.add(EntryKind.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw new InvalidParameterException("kind", value, "error.parameter.kind");
                }
            }
        }
        Long body = null;
        String bodyText = params.getFirst("body");
        if (bodyText != null && !bodyText.isBlank()) {
            try {
                body = Long.parseLong(bodyText.strip());
            } catch (NumberFormatException ex) {
                throw new InvalidParameterException("body", bodyText, "error.parameter.number");
            }
        }
        String region = blankToNull(params.getFirst("region"));
        if (region != null && !region.matches("[A-Z]{2}-[0-9A-Z]{1,3}")) {
            throw new InvalidParameterException("region", region, "error.parameter.region");
        }
        String origin = blankToNull(params.getFirst("origin"));
        if (origin != null) {
            origin = origin.toUpperCase(Locale.ROOT);
            if (!Countries.isKnown(origin)) {
                throw new InvalidParameterException("origin", params.getFirst("origin"), "error.parameter.country");
            }
        }
        String attribution = blankToNull(params.getFirst("attribution"));
        if (attribution != null) {
            attribution = attribution.toUpperCase(Locale.ROOT);
            if (!ATTRIBUTIONS.contains(attribution)) {
                throw new InvalidParameterException(
                        "attribution", params.getFirst("attribution"), "error.parameter.attribution");
            }
        }
        String words = blankToNull(params.getFirst("q"));
        if (words != null && words.length() > 200) {
            throw new InvalidParameterException("q", words.substring(0, 40) + "…", "error.parameter.length");
        }
        TimelineCursor before = cursor("before", params.getFirst("before"));
        TimelineCursor after = cursor("after", params.getFirst("after"));
        int size = Numbers.parameter(
                "size",
                params.getFirst("size"),
                DEFAULT_SIZE,
                1,
                TimelineQueries.MAX_PAGE_SIZE,
                "error.parameter.size");
        LocalDate at = Dates.parameter("at", params.getFirst("at"));
        Zoom zoom = Zoom.YEAR;
        String zoomText = params.getFirst("zoom");
        if (zoomText != null && !zoomText.isBlank()) {
            try {
                zoom = Zoom.valueOf(zoomText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new InvalidParameterException("zoom", zoomText, "error.parameter.zoom");
            }
        }
        LocalDate recordedOn = Dates.parameter("recordedOn", params.getFirst("recordedOn"));
        if (recordedOn != null && recordedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidParameterException("recordedOn", params.getFirst("recordedOn"), "error.parameter.future");
        }
        Instant recordedAt = recordedOn == null
                ? null
                : recordedOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (at != null && before == null && after == null) {
            // "Jump to a date": the page that starts with the newest entries on or before that day.
            before = new TimelineCursor(at.plusDays(1), 0);
        }
        return new TimelineRequest(
                new TimelineFilter(from, to, kinds, body, region, origin, attribution, words, recordedAt),
                before,
                after,
                size,
                at,
                zoom,
                recordedOn);
    }

    private static TimelineCursor cursor(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TimelineCursor.parse(value.strip())
                .orElseThrow(() -> new InvalidParameterException(name, value, "error.parameter.cursor"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        if (size != DEFAULT_SIZE) uri.queryParam("size", size);
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
