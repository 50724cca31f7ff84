package org.defencetracker.incident;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.springframework.stereotype.Component;

/**
 * Incidents as pages, the API and the timeline see them: with their region, the sources they cite and the attribution
 * their claim ledger supports.
 */
@Component
class IncidentViews {

    private final RegionRepository regions;
    private final StatementService statements;
    private final SourceService sources;

    IncidentViews(RegionRepository regions, StatementService statements, SourceService sources) {
        this.regions = regions;
        this.statements = statements;
        this.sources = sources;
    }

    IncidentView view(AirspaceIncident incident) {
        RegionView region = incident.regionCode() == null
                ? null
                : regions.findById(incident.regionCode()).map(Region::view).orElse(null);
        List<SourceView> cited = sources.get(incident.sourceIds());
        Attribution attribution = incident.id() == null
                ? Attribution.NONE
                : Attribution.from(incident.country(), statements.aboutIncident(incident.id()));
        return incident.view(region, attribution, cited);
    }

    /** The views of a page of incidents, their citations and claims read in one query each, not one per incident. */
    List<IncidentView> views(List<AirspaceIncident> page) {
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
}
