package org.defencetracker.timeline.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.ReadAhead;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineChange;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineQuery;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly the entries of a timeline filter, for use elsewhere: every page of it as CSV or JSON, its incidents as
 * GeoJSON, and the latest changes as an Atom feed. The parameters are those of the timeline page, bound to a {@link TimelineQuery} before
 * a byte is written, so that a bad one gets the same 400 page. The exports stream: rows go out as the database sends
 * them, and the memory used does not grow with the timeline.
 */
@Controller
class TimelineExportController {

    static final int FEED_SIZE = 50;

    private final TimelineQueries timeline;
    private final MessageSource messages;
    private final Clock clock;
    private final DefenceTrackerProperties properties;

    TimelineExportController(
            TimelineQueries timeline, MessageSource messages, Clock clock, DefenceTrackerProperties properties) {
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/timeline.csv")
    void csv(@Valid @ModelAttribute TimelineQuery query, HttpServletResponse response) throws IOException {
        TimelineFilter filter = query.filter(clock);
        String base = base();
        start(response, "text/csv;charset=UTF-8", "csv");
        Writer out =
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        TimelineCsv csv = new TimelineCsv(out);
        csv.header();
        each(filter, change -> {
            try {
                csv.entry(change.entry(), base + change.entry().path());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        out.flush();
    }

    @GetMapping("/timeline.json")
    void json(@Valid @ModelAttribute TimelineQuery query, HttpServletResponse response) throws IOException {
        streamJson(query, response, MediaType.APPLICATION_JSON_VALUE, "json", (json, filter, base) -> {
            json.writeStartArray();
            each(
                    filter,
                    change -> write(json, change.entry(), base + change.entry().path()));
            json.writeEndArray();
        });
    }

    /** The filter's incidents as GeoJSON: the other kinds have no place. */
    @GetMapping("/timeline.geojson")
    void geoJson(@Valid @ModelAttribute TimelineQuery query, HttpServletResponse response) throws IOException {
        streamJson(query, response, TimelineGeoJson.CONTENT_TYPE, "geojson", (json, filter, base) -> {
            TimelineGeoJson geo = new TimelineGeoJson(json);
            geo.start();
            if (filter.kinds().isEmpty() || filter.kinds().contains(EntryKind.INCIDENT)) {
                each(
                        filter.withKinds(Set.of(EntryKind.INCIDENT)),
                        change -> geo.feature(
                                change.entry(), base + change.entry().path()));
            }
            geo.end();
        });
    }

    /** Every entry of the filter, read ahead of the writing on a thread of its own (see {@link ReadAhead}). */
    private void each(TimelineFilter filter, Consumer<TimelineChange> action) {
        ReadAhead.run(reading -> timeline.each(filter, reading), action);
    }

    /** What a JSON export writes, given the generator, the filter and the public base of links. */
    private interface JsonExport {
        void write(JsonGenerator json, TimelineFilter filter, String base);
    }

    private void streamJson(
            TimelineQuery query, HttpServletResponse response, String contentType, String extension, JsonExport export)
            throws IOException {
        TimelineFilter filter = query.filter(clock);
        String base = base();
        start(response, contentType, extension);
        try (JsonGenerator json = JsonMapper.shared().createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            export.write(json, filter, base);
        }
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed(@Valid @ModelAttribute TimelineQuery query, Locale locale) throws XMLStreamException {
        TimelineRequest request = TimelineRequest.of(query, null, clock);
        List<TimelineChange> changes = timeline.latestChanges(request.filter(), FEED_SIZE);
        String base = base();
        String filterQuery = TimelineExportAddresses.of(request, "/feed.atom")
                .encode()
                .build()
                .getQuery();
        String suffix = filterQuery == null ? "" : "?" + filterQuery;
        AtomFeed.Head head = new AtomFeed.Head(
                properties.publicHost(),
                filterQuery,
                title(request, locale),
                messages.getMessage("feed.author", null, locale),
                base + "/feed.atom" + suffix,
                base + "/timeline" + suffix);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeed.write(head, changes, base, clock.instant(), locale, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AtomFeed.CONTENT_TYPE))
                .body(out.toByteArray());
    }

    /** "Defence Tracker timeline", followed by the parts of the filter: what a feed reader lists it as. */
    private String title(TimelineRequest request, Locale locale) {
        TimelineFilter f = request.filter();
        List<String> parts = new ArrayList<>();
        part(parts, "timeline.filter.from", f.from(), locale);
        part(parts, "timeline.filter.to", f.to(), locale);
        if (!f.kinds().isEmpty()) {
            List<String> kinds = f.kinds().stream()
                    .sorted()
                    .map(k -> messages.getMessage("kind." + k.name(), null, k.name(), locale))
                    .toList();
            part(parts, "timeline.filter.kinds", String.join(", ", kinds), locale);
        }
        part(parts, "timeline.filter.body", f.bodyId(), locale);
        part(parts, "timeline.filter.region", f.region(), locale);
        part(parts, "timeline.filter.origin", f.origin(), locale);
        part(parts, "timeline.filter.attribution", f.attribution(), locale);
        part(parts, "timeline.filter.words", f.words(), locale);
        part(parts, "timeline.recordedOn", request.recordedOn(), locale);
        return parts.isEmpty()
                ? messages.getMessage("feed.title", null, locale)
                : messages.getMessage("feed.title.filtered", new Object[] {String.join("; ", parts)}, locale);
    }

    private void part(List<String> parts, String label, Object value, Locale locale) {
        if (value != null) {
            parts.add(messages.getMessage(label, null, locale) + ": " + value);
        }
    }

    private void start(HttpServletResponse response, String contentType, String extension) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("timeline-" + LocalDate.now(clock) + "." + extension)
                        .build()
                        .toString());
    }

    private static void write(JsonGenerator json, TimelineEntry e, String link) {
        json.writeStartObject();
        json.writeStringProperty("id", e.key());
        json.writeStringProperty("kind", e.kind().name());
        json.writeStringProperty("subtype", e.subtype());
        json.writeStringProperty("date", e.date().start().toString());
        json.writeStringProperty("date_end", e.date().end().toString());
        json.writeStringProperty("precision", e.date().precision().name());
        json.writeBooleanProperty("approximate", e.date().approximate());
        json.writeStringProperty("title", e.title());
        json.writeStringProperty("summary", e.summary());
        json.writeStringProperty("body", e.bodyName());
        json.writeStringProperty("region", e.regionCode());
        json.writeStringProperty("origin", e.origin());
        json.writeStringProperty("attribution", e.attribution());
        json.writeStringProperty("link", link);
        json.writeArrayPropertyStart("sources");
        for (Citation c : e.sources()) {
            json.writeStartObject();
            json.writeStringProperty("publisher", c.publisher());
            json.writeStringProperty("title", c.title());
            json.writeStringProperty("url", c.url());
            json.writeStringProperty("published", c.publishedOn());
            json.writeEndObject();
        }
        json.writeEndArray();
        Place place = e.place();
        json.writeStringProperty("region_name", place == null ? null : place.regionName());
        if (place != null && place.hasPoint()) {
            json.writeNumberProperty("latitude", place.latitude());
            json.writeNumberProperty("longitude", place.longitude());
        } else {
            json.writeNullProperty("latitude");
            json.writeNullProperty("longitude");
        }
        json.writeStringProperty("place_precision", place == null ? null : place.precision());
        json.writeEndObject();
    }

    /** Where readers reach the application, as configured: links in an export work outside the site. */
    private String base() {
        return properties.publicBase();
    }
}
