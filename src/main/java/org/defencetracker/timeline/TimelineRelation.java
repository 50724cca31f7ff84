package org.defencetracker.timeline;

import java.time.ZoneOffset;
import java.util.Map;

/**
 * The rows a timeline query reads, always aliased {@code e}: the entries as they are, or, for a filter of the
 * timeline as recorded at a past moment, the versions from {@code timeline_entry_history} that were current then
 * (recorded before the moment and not replaced or removed until it), with the same columns. Their words are read
 * on the fly, as the generated column of {@code timeline_entry} reads them (a filter with words then reads every
 * version current at the moment).
 */
final class TimelineRelation {

    private static final String AS_RECORDED = """
            (select h.entry_id as id, h.entry_key, h.kind, h.subtype, h.date_on, h.date_end, h.date_precision,
                    h.date_approximate, h.title, h.title_key, h.title_args, h.summary, h.path, h.body_id,
                    h.body_name, h.region_code, h.origin, h.attribution, h.recorded_at, h.updated_at, h.region_name, h.latitude, h.longitude,
                    h.geo_precision, h.sources, h.translations,
                    setweight(to_tsvector('english', h.title), 'A') || setweight(to_tsvector('simple', h.title), 'A')
                    || setweight(jsonb_to_tsvector('russian'::regconfig, coalesce(h.title_args, '[]'), '["string"]'), 'A')
                    || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(h.title_args, '[]'), '["string"]'), 'A')
                    || setweight(to_tsvector('english', coalesce(h.summary, '')), 'B')
                    || setweight(to_tsvector('simple', coalesce(h.summary, '')), 'B')
                    || setweight(jsonb_to_tsvector('russian'::regconfig, coalesce(h.translations -> 'summary', '{}'),
                                                   '["string"]'), 'B')
                    || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(h.translations -> 'summary', '{}'),
                                                   '["string"]'), 'B') as words
               from timeline_entry_history h
              where h.recorded_from < :recordedAt and (h.recorded_to is null or h.recorded_to >= :recordedAt)) e""";

    private TimelineRelation() {}

    static String of(TimelineFilter filter, Map<String, Object> params) {
        if (filter.recordedAt() == null) {
            return "timeline_entry e";
        }
        params.put("recordedAt", filter.recordedAt().atOffset(ZoneOffset.UTC));
        return AS_RECORDED;
    }
}
