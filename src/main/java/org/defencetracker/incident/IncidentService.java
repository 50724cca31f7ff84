package org.defencetracker.incident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.map.RegionCentre;
import org.defencetracker.shared.map.RegionCentres;
import org.defencetracker.statement.SourceRevised;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.StatementRecorded;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineService;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records incidents and keeps their timeline entries, including the attribution that follows from the claim
 * ledger: when a statement about an incident is recorded, its entry is rewritten in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService implements RegionCentres {

    private final IncidentRepository incidents;
    private final RegionRepository regions;
    private final StatementService statements;
    private final SourceService sources;
    private final TimelineService timeline;
    private final TimelineQueries timelineQueries;
    private final DefenceTrackerProperties properties;
    private final IncidentBulkWriter bulk;

    IncidentService(
            IncidentRepository incidents,
            RegionRepository regions,
            StatementService statements,
            SourceService sources,
            TimelineService timeline,
            TimelineQueries timelineQueries,
            DefenceTrackerProperties properties,
            IncidentBulkWriter bulk) {
        this.incidents = incidents;
        this.regions = regions;
        this.statements = statements;
        this.sources = sources;
        this.timeline = timeline;
        this.timelineQueries = timelineQueries;
        this.properties = properties;
        this.bulk = bulk;
    }

    @Transactional
    public IncidentView record(RecordIncident command) {
        checkRegion(command);
        AirspaceIncident incident = incidents.saveAndFlush(new AirspaceIncident(command));
        IncidentView view = view(incident);
        writeEntry(view);
        return view;
    }

    /**
     * Saves an editor's change made from {@code editedVersion}; a newer version means a conflict, not a save. The
     * timeline entry is written again, its attribution still derived from the statements.
     */
    @Transactional
    public IncidentView update(long id, long editedVersion, RecordIncident command) {
        checkRegion(command);
        AirspaceIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        incident.revise(command, editedVersion);
        IncidentView view = view(saved(incident));
        if (!view.archived()) {
            writeEntry(view);
        }
        return view;
    }

    /**
     * Takes the incident out of the lists, the map and the timeline; its page stays. The statements about it leave
     * the timeline with it: they stand for claims about an incident that is no longer on record.
     */
    @Transactional
    public IncidentView archive(long id, long editedVersion) {
        AirspaceIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        incident.archive(editedVersion);
        IncidentView view = view(saved(incident));
        timeline.remove(entryKey(id));
        statements.removeEntriesAboutIncident(id);
        return view;
    }

    /** Brings the incident and the statements about it back to the timeline. */
    @Transactional
    public IncidentView restore(long id, long editedVersion) {
        AirspaceIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        incident.restore(editedVersion);
        IncidentView view = view(saved(incident));
        statements.writeEntriesAboutIncident(id);
        writeEntry(view);
        return view;
    }

    /**
     * Incidents in the lists that a new one would likely repeat: dated to the same period, with the same
     * precision, in the same region (or, without a region, also without one).
     */
    public List<IncidentView> likelyDuplicates(RecordIncident command) {
        List<AirspaceIncident> same = command.regionCode() == null
                ? incidents.findSameDateWithoutRegion(
                        command.date().start(), command.date().precision())
                : incidents.findSameDateInRegion(
                        command.date().start(), command.date().precision(), command.regionCode());
        return same.stream().map(this::view).toList();
    }

    private void checkRegion(RecordIncident command) {
        if (command.regionCode() != null) {
            regions.findById(command.regionCode())
                    .orElseThrow(() -> new IllegalArgumentException("unknown region " + command.regionCode()));
        }
    }

    /** Writes now, so that a concurrent editor's save fails here and not after the page. */
    private AirspaceIncident saved(AirspaceIncident incident) {
        try {
            return incidents.saveAndFlush(incident);
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new EditConflictException("incident", incident.id(), -1, -1);
        }
    }

    /**
     * Records many new incidents at once, with their timeline entries, in batches. They have no statements yet, so
     * their attribution is unknown. Answers how many were recorded.
     */
    @Transactional
    public int recordNew(List<RecordIncident> commands) {
        return recordAll(commands).size();
    }

    /**
     * Records many new incidents at once like {@link #recordNew}, and answers their ids in the order of the commands:
     * an import needs them to attach what refers to the incidents.
     */
    /**
     * What an imported incident is matched by when it has no external id: kind, title (whatever its case and outer
     * spaces), date with its precision, and region. Two incidents with the same key are taken for one.
     */
    public static String sameIncidentKey(RecordIncident c) {
        return c.kind() + "|" + c.title().strip().toLowerCase(java.util.Locale.ROOT) + "|"
                + c.date().start() + "|" + c.date().precision() + "|" + c.regionCode();
    }

    /** For each command, the id of an incident on record with the same {@link #sameIncidentKey key}, or null. */
    @Transactional(readOnly = true)
    public List<Long> recordedAs(List<RecordIncident> commands) {
        Map<String, Long> recorded = new HashMap<>();
        bulk.titled(commands.stream()
                        .map(c -> c.title().strip().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .toList())
                .forEach(r -> recorded.putIfAbsent(r.key(), r.id()));
        return commands.stream().map(c -> recorded.get(sameIncidentKey(c))).toList();
    }

    /** The incidents on record with one of {@code externalIds}, by that id. */
    @Transactional(readOnly = true)
    public Map<String, Long> withExternalIds(List<String> externalIds) {
        return externalIds.isEmpty() ? Map.of() : bulk.withExternalIds(externalIds);
    }

    /** Gives incidents just recorded the ids they have in the file or system they came from. */
    @Transactional
    public void setExternalIds(Map<Long, String> byIncident) {
        if (!byIncident.isEmpty()) {
            bulk.externalIds(byIncident);
        }
    }

    @Transactional
    public List<Long> recordAll(List<RecordIncident> commands) {
        if (commands.isEmpty()) {
            return List.of();
        }
        List<Long> ids = bulk.insert(commands);
        Map<Long, SourceView> cited = new HashMap<>();
        sources.get(commands.stream()
                        .flatMap(c -> c.sourceIds().stream())
                        .distinct()
                        .toList())
                .forEach(s -> cited.put(s.id(), s));
        Map<String, RegionView> regionViews = new HashMap<>();
        List<TimelineEntryDraft> drafts = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            RecordIncident c = commands.get(i);
            RegionView region =
                    c.regionCode() == null ? null : regionViews.computeIfAbsent(c.regionCode(), bulk::region);
            drafts.add(draft(
                    ids.get(i),
                    c.kind(),
                    c.title().strip(),
                    c.date(),
                    c.description(),
                    place(region, c.latitude(), c.longitude(), c.geoPrecision()),
                    Attribution.NONE,
                    c.sourceIds().stream().map(cited::get).toList()));
        }
        timeline.recordNew(drafts);
        return ids;
    }

    public Optional<IncidentView> find(long id) {
        return incidents.findById(id).map(this::view);
    }

    public IncidentView get(long id) {
        return find(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    /**
     * Incidents in the lists, newest first (by date, then id), {@code limit} of them after the position
     * {@code beforeDate}/{@code beforeId}, or from the newest when that is null.
     */
    public List<IncidentView> newest(LocalDate beforeDate, Long beforeId, int limit) {
        org.springframework.data.domain.Limit max = org.springframework.data.domain.Limit.of(limit);
        return views(
                beforeDate == null || beforeId == null
                        ? incidents.findNewest(max)
                        : incidents.findOlderThan(beforeDate, beforeId, max));
    }

    /**
     * Incidents created, changed, archived or restored at or after {@code since}, archived ones included, oldest
     * change first: what a copy kept in sync needs to fetch.
     */
    public List<IncidentView> changedSince(java.time.Instant since) {
        return incidents.findChangedSince(since).stream().map(this::view).toList();
    }

    /**
     * Every incident, archived ones too, by id: the {@code limit} after {@code afterId}. A full dump pages through
     * them like this, so that it never holds them all.
     */
    public List<IncidentView> everyIncident(long afterId, int limit) {
        return views(incidents.findByIdGreaterThanOrderById(afterId, org.springframework.data.domain.Limit.of(limit)));
    }

    /** The views of a page of incidents, their citations and claims read in one query each, not one per incident. */
    private List<IncidentView> views(List<AirspaceIncident> page) {
        Set<Long> cited = new LinkedHashSet<>();
        page.forEach(i -> cited.addAll(i.sourceIds()));
        Map<Long, SourceView> citedById = new HashMap<>();
        sources.get(cited).forEach(source -> citedById.put(source.id(), source));
        Map<Long, List<StatementView>> ledgers = statements.aboutIncidents(
                page.stream().map(AirspaceIncident::id).toList());
        Map<String, RegionView> regionsByCode = new HashMap<>();
        return page.stream()
                .map(i -> i.view(
                        i.regionCode() == null
                                ? null
                                : regionsByCode.computeIfAbsent(
                                        i.regionCode(),
                                        code -> regions.findById(code)
                                                .map(Region::view)
                                                .orElse(null)),
                        Attribution.from(i.country(), ledgers.getOrDefault(i.id(), List.of())),
                        i.sourceIds().stream().map(citedById::get).toList()))
                .toList();
    }

    public long count() {
        return incidents.count();
    }

    /**
     * Derives the attribution of every incident that statements speak about again, and writes the timeline entries
     * whose stored attribution no longer follows from the ledger (after the rule changed). Entries that already
     * agree are left alone, so feeds and history show only real changes. Answers how many were written.
     */
    @Transactional
    public int refreshAttributions() {
        List<Long> spokenAbout = incidents.findListedWithStatements();
        int written = 0;
        for (int from = 0; from < spokenAbout.size(); from += 500) {
            List<Long> batch = spokenAbout.subList(from, Math.min(from + 500, spokenAbout.size()));
            Map<String, TimelineEntry> stored = new HashMap<>();
            timelineQueries
                    .stored(batch.stream().map(IncidentService::entryKey).toList())
                    .forEach(entry -> stored.put(entry.key(), entry));
            for (IncidentView incident : views(incidents.findAllById(batch))) {
                TimelineEntry entry = stored.get(entryKey(incident.id()));
                Attribution attribution = incident.attribution();
                if (entry == null
                        || !attribution.status().name().equals(entry.attribution())
                        || !Objects.equals(attribution.origin(), entry.origin())) {
                    writeEntry(incident);
                    written++;
                }
            }
        }
        return written;
    }

    /** The claim ledger: every statement about the incident, oldest first. */
    public List<StatementView> ledger(long id) {
        return statements.aboutIncident(id);
    }

    /** Statements about the incident that editors archived: out of the ledger, kept for restoring. */
    public List<StatementView> archivedStatements(long id) {
        return statements.archivedAboutIncident(id);
    }

    public Attribution attributionOf(long id) {
        return Attribution.from(get(id).country(), statements.aboutIncident(id));
    }

    /** Act stages within the configured window around the incident's date (its whole period when imprecise). */
    public List<TimelineEntry> actsAround(long id) {
        IncidentView incident = get(id);
        int days = properties.proximityDays();
        return timelineQueries.near(
                incident.date().start().minusDays(days),
                incident.date().end().plusDays(days),
                Set.of(EntryKind.ACT_STAGE),
                100);
    }

    public List<RegionView> regions() {
        return regions.findAllByName().stream().map(Region::view).toList();
    }

    @Override
    public List<RegionCentre> centres() {
        return regions().stream()
                .map(r -> new RegionCentre(r.code(), r.centre(), r.centreLatitude(), r.centreLongitude()))
                .toList();
    }

    /**
     * A statement about an incident was recorded, changed, archived or restored: the attribution follows. While
     * the incident is archived, neither it nor its statements are on the timeline.
     */
    @EventListener
    @Transactional
    void on(StatementRecorded event) {
        if (event.incidentId() != null) {
            IncidentView incident = get(event.incidentId());
            if (incident.archived()) {
                statements.removeEntriesAboutIncident(incident.id());
            } else {
                writeEntry(incident);
            }
        }
    }

    /** A changed source: the incidents citing it carry its citation on their entries, written again here. */
    @EventListener
    @Transactional
    void on(SourceRevised event) {
        for (AirspaceIncident incident : incidents.findCiting(event.sourceId())) {
            writeEntry(view(incident));
        }
    }

    private static String entryKey(long id) {
        return "incident:" + id;
    }

    private IncidentView view(AirspaceIncident incident) {
        RegionView region = incident.regionCode() == null
                ? null
                : regions.findById(incident.regionCode()).map(Region::view).orElse(null);
        List<SourceView> cited = sources.get(incident.sourceIds());
        Attribution attribution = incident.id() == null
                ? Attribution.NONE
                : Attribution.from(incident.country(), statements.aboutIncident(incident.id()));
        return incident.view(region, attribution, cited);
    }

    private void writeEntry(IncidentView incident) {
        timeline.record(draft(
                incident.id(),
                incident.kind(),
                incident.title(),
                incident.date(),
                incident.description(),
                place(incident.region(), incident.latitude(), incident.longitude(), incident.geoPrecision()),
                incident.attribution(),
                incident.sources()));
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
            List<SourceView> sources) {
        return new TimelineEntryDraft(
                entryKey(id),
                EntryKind.INCIDENT,
                kind.name(),
                date,
                title,
                description,
                "/incidents/" + id,
                null,
                null,
                place,
                attribution.origin(),
                attribution.status().name(),
                sources.stream().map(SourceView::citation).toList());
    }
}
