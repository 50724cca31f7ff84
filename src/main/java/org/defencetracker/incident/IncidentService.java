package org.defencetracker.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.RevisableRecord;
import org.defencetracker.shared.map.RegionCentre;
import org.defencetracker.shared.map.RegionCentres;
import org.defencetracker.statement.StatementRecorded;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.EntriesNear;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
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
    private final IncidentEntries entries;
    private final IncidentViews views;
    private final TimelineQueries timeline;
    private final DefenceTrackerProperties properties;
    private final IncidentBulkWriter bulk;
    private final Clock clock;

    IncidentService(
            IncidentRepository incidents,
            RegionRepository regions,
            StatementService statements,
            IncidentEntries entries,
            IncidentViews views,
            TimelineQueries timeline,
            DefenceTrackerProperties properties,
            IncidentBulkWriter bulk,
            Clock clock) {
        this.incidents = incidents;
        this.regions = regions;
        this.statements = statements;
        this.entries = entries;
        this.views = views;
        this.timeline = timeline;
        this.properties = properties;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Transactional
    public IncidentView record(RecordIncident command) {
        checkRegion(command);
        AirspaceIncident incident =
                incidents.saveAndFlush(RevisableRecord.created(AirspaceIncident::new, command, clock));
        IncidentView view = views.view(incident);
        entries.write(view);
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
        incident.revise(command, editedVersion, clock);
        IncidentView view = views.view(saved(incident));
        if (!view.archived()) {
            entries.write(view);
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
        incident.archive(editedVersion, clock);
        IncidentView view = views.view(saved(incident));
        entries.remove(id);
        statements.removeEntriesAboutIncident(id);
        return view;
    }

    /** Brings the incident and the statements about it back to the timeline. */
    @Transactional
    public IncidentView restore(long id, long editedVersion) {
        AirspaceIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        incident.restore(editedVersion, clock);
        IncidentView view = views.view(saved(incident));
        statements.writeEntriesAboutIncident(id);
        entries.write(view);
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
        return same.stream().map(views::view).toList();
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

    /**
     * Records many new incidents at once like {@link #recordNew}, and answers their ids in the order of the commands:
     * an import needs them to attach what refers to the incidents.
     */
    @Transactional
    public List<Long> recordAll(List<RecordIncident> commands) {
        if (commands.isEmpty()) {
            return List.of();
        }
        List<Long> ids = bulk.insert(commands);
        Map<String, RegionView> regionViews = new HashMap<>();
        entries.writeNew(ids, commands, code -> regionViews.computeIfAbsent(code, bulk::region));
        return ids;
    }

    public Optional<IncidentView> find(long id) {
        return incidents.findById(id).map(views::view);
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
        return views.views(
                beforeDate == null || beforeId == null
                        ? incidents.findNewest(max)
                        : incidents.findOlderThan(beforeDate, beforeId, max));
    }

    /**
     * Incidents created, changed, archived or restored at or after {@code since}, archived ones included, oldest
     * change first: what a copy kept in sync needs to fetch.
     */
    public List<IncidentView> changedSince(java.time.Instant since) {
        return incidents.findChangedSince(since).stream().map(views::view).toList();
    }

    /**
     * Every incident, archived ones too, by id: the {@code limit} after {@code afterId}. A full dump pages through
     * them like this, so that it never holds them all.
     */
    public List<IncidentView> everyIncident(long afterId, int limit) {
        return views.views(
                incidents.findByIdGreaterThanOrderById(afterId, org.springframework.data.domain.Limit.of(limit)));
    }

    public long count() {
        return incidents.count();
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
    public EntriesNear actsAround(long id) {
        IncidentView incident = get(id);
        int days = properties.proximityDays();
        return timeline.around(
                incident.date().start().minusDays(days),
                incident.date().end().plusDays(days),
                Set.of(EntryKind.ACT_STAGE));
    }

    public List<RegionView> regions() {
        return regions.findAllByName().stream().map(Region::view).toList();
    }

    @Override
    public List<RegionCentre> centres(Locale locale) {
        return regions().stream()
                .map(r -> new RegionCentre(
                        r.code(), r.centre().in(locale).text(), r.centreLatitude(), r.centreLongitude()))
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
                entries.write(incident);
            }
        }
    }
}
