package org.defencetracker.incident;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.StatementRecorded;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records incidents and keeps their timeline entries, including the attribution that follows from the claim
 * ledger: when a statement about an incident is recorded, its entry is rewritten in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

    private final IncidentRepository incidents;
    private final RegionRepository regions;
    private final StatementService statements;
    private final SourceService sources;
    private final TimelineService timeline;
    private final DefenceTrackerProperties properties;

    IncidentService(
            IncidentRepository incidents,
            RegionRepository regions,
            StatementService statements,
            SourceService sources,
            TimelineService timeline,
            DefenceTrackerProperties properties) {
        this.incidents = incidents;
        this.regions = regions;
        this.statements = statements;
        this.sources = sources;
        this.timeline = timeline;
        this.properties = properties;
    }

    @Transactional
    public IncidentView record(RecordIncident command) {
        if (command.regionCode() != null) {
            regions.findById(command.regionCode())
                    .orElseThrow(() -> new IllegalArgumentException("unknown region " + command.regionCode()));
        }
        AirspaceIncident incident = incidents.saveAndFlush(new AirspaceIncident(command));
        IncidentView view = view(incident);
        writeEntry(view);
        return view;
    }

    public Optional<IncidentView> find(long id) {
        return incidents.findById(id).map(this::view);
    }

    public IncidentView get(long id) {
        return find(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    public List<IncidentView> newest() {
        return incidents.findNewest().stream().map(this::view).toList();
    }

    /** The claim ledger: every statement about the incident, oldest first. */
    public List<StatementView> ledger(long id) {
        return statements.aboutIncident(id);
    }

    public Attribution attributionOf(long id) {
        get(id);
        return Attribution.from(statements.aboutIncident(id));
    }

    /** Act stages within the configured window around the incident's date (its whole period when imprecise). */
    public List<TimelineEntry> actsAround(long id) {
        IncidentView incident = get(id);
        int days = properties.proximityDays();
        return timeline.near(
                incident.date().start().minusDays(days),
                incident.date().end().plusDays(days),
                Set.of(EntryKind.ACT_STAGE),
                100);
    }

    public List<RegionView> regions() {
        return regions.findAllByName().stream().map(Region::view).toList();
    }

    @EventListener
    @Transactional
    void on(StatementRecorded event) {
        if (event.incidentId() != null) {
            writeEntry(get(event.incidentId()));
        }
    }

    private IncidentView view(AirspaceIncident incident) {
        RegionView region = incident.regionCode() == null
                ? null
                : regions.findById(incident.regionCode()).map(Region::view).orElse(null);
        List<SourceView> cited = sources.get(incident.sourceIds());
        Attribution attribution =
                incident.id() == null ? Attribution.NONE : Attribution.from(statements.aboutIncident(incident.id()));
        return incident.view(region, attribution, cited);
    }

    private void writeEntry(IncidentView incident) {
        timeline.record(new TimelineEntryDraft(
                "incident:" + incident.id(),
                EntryKind.INCIDENT,
                incident.kind().name(),
                incident.date(),
                incident.title(),
                incident.description(),
                "/incidents/" + incident.id(),
                null,
                null,
                incident.region() == null ? null : incident.region().code(),
                incident.attribution().origin(),
                incident.attribution().status().name(),
                incident.sources().stream().map(SourceView::citation).toList()));
    }
}
