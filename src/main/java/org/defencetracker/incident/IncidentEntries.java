package org.defencetracker.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.SourceRevised;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident on the timeline: one entry, placed on the map, carrying the attribution its claim ledger supports so
 * that the timeline can be filtered and counted by it.
 */
@Component
class IncidentEntries {

    private final TimelineWriter timeline;
    private final TimelineQueries stored;
    private final IncidentRepository incidents;
    private final IncidentViews views;
    private final SourceService sources;

    IncidentEntries(
            TimelineWriter timeline,
            TimelineQueries stored,
            IncidentRepository incidents,
            IncidentViews views,
            SourceService sources) {
        this.timeline = timeline;
        this.stored = stored;
        this.incidents = incidents;
        this.views = views;
        this.sources = sources;
    }

    void write(IncidentView incident) {
        timeline.record(draft(incident));
    }

    void remove(long incidentId) {
        timeline.remove(key(incidentId));
    }

    /**
     * Adds the entries of incidents just recorded in bulk, {@code ids} in the order of the commands. They have no
     * statements yet, so their attribution is unknown.
     */
    void writeNew(List<Long> ids, List<RecordIncident> commands, Function<String, RegionView> regionOf) {
        Map<Long, SourceView> cited = new HashMap<>();
        sources.get(commands.stream()
                        .flatMap(c -> c.sourceIds().stream())
                        .distinct()
                        .toList())
                .forEach(s -> cited.put(s.id(), s));
        List<TimelineEntryDraft> drafts = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            RecordIncident c = commands.get(i);
            RegionView region = c.regionCode() == null ? null : regionOf.apply(c.regionCode());
            drafts.add(draft(
                    ids.get(i),
                    c.kind(),
                    c.title().strip(),
                    c.date(),
                    c.description(),
                    place(region, c.latitude(), c.longitude(), c.geoPrecision()),
                    Attribution.NONE,
                    c.sourceIds().stream().map(cited::get).toList(),
                    c.translations(),
                    region));
        }
        timeline.recordNew(drafts);
    }

    /**
     * Derives the attribution of every incident that statements speak about again, and writes the entries whose
     * stored attribution no longer follows from the ledger (after the rule changed). Entries that already agree are
     * left alone, so feeds and history show only real changes. Answers how many were written.
     */
    @Transactional
    int refreshAttributions() {
        List<Long> spokenAbout = incidents.findListedWithStatements();
        int written = 0;
        for (int from = 0; from < spokenAbout.size(); from += 500) {
            List<Long> batch = spokenAbout.subList(from, Math.min(from + 500, spokenAbout.size()));
            Map<String, TimelineEntry> entries = new HashMap<>();
            stored.stored(batch.stream().map(IncidentEntries::key).toList())
                    .forEach(entry -> entries.put(entry.key(), entry));
            for (IncidentView incident : views.views(incidents.findAllById(batch))) {
                TimelineEntry entry = entries.get(key(incident.id()));
                Attribution attribution = incident.attribution();
                if (entry == null
                        || !attribution.status().name().equals(entry.attribution())
                        || !Objects.equals(attribution.origin(), entry.origin())) {
                    write(incident);
                    written++;
                }
            }
        }
        return written;
    }

    /** A changed source: the incidents citing it carry its citation on their entries, written again here. */
    @EventListener
    @Transactional
    void on(SourceRevised event) {
        for (AirspaceIncident incident : incidents.findCiting(event.sourceId())) {
            write(views.view(incident));
        }
    }

    static TimelineEntryDraft draft(IncidentView incident) {
        return draft(
                incident.id(),
                incident.kind(),
                incident.title(),
                incident.date(),
                incident.description(),
                place(incident.region(), incident.latitude(), incident.longitude(), incident.geoPrecision()),
                incident.attribution(),
                incident.sources(),
                incident.translations(),
                incident.region());
    }

    private static LocalizedName names(RegionView region) {
        return region == null ? null : new LocalizedName(region.nameEn(), region.nameRu(), region.nameKk());
    }

    static String key(long incidentId) {
        return "incident:" + incidentId;
    }

    /**
     * Where the map should put an incident: its own point where it has one, else its region's centre (marked as
     * standing for the whole region), else nowhere.
     */
    static Place place(RegionView region, BigDecimal latitude, BigDecimal longitude, GeoPrecision precision) {
        String code = region == null ? null : region.code();
        String name = region == null ? null : region.nameEn();
        if (latitude != null && longitude != null) {
            return new Place(code, name, latitude, longitude, precision.name());
        }
        if (region != null) {
            return new Place(
                    code,
                    name,
                    BigDecimal.valueOf(region.centreLatitude()),
                    BigDecimal.valueOf(region.centreLongitude()),
                    GeoPrecision.REGION.name());
        }
        return new Place(null, null, null, null, precision.name());
    }

    private static TimelineEntryDraft draft(
            long id,
            IncidentKind kind,
            String title,
            FuzzyDate date,
            String description,
            Place place,
            Attribution attribution,
            List<SourceView> sources,
            IncidentTranslations translations,
            RegionView region) {
        return new TimelineEntryDraft(
                key(id),
                EntryKind.INCIDENT,
                kind.name(),
                date,
                EntryTitle.text(translations.titles(title)),
                description,
                "/incidents/" + id,
                null,
                null,
                place,
                attribution.origin(),
                attribution.status().name(),
                sources.stream().map(SourceView::citation).toList(),
                new EntryTranslations(translations.descriptions(description), null, names(region)));
    }
}
