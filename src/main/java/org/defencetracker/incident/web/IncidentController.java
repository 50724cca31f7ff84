package org.defencetracker.incident.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.map.CountryMap;
import org.defencetracker.shared.map.MapPoint;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelinePage;
import org.defencetracker.timeline.TimelineQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class IncidentController {

    private final IncidentService incidents;
    private final DefenceTrackerProperties properties;
    private final CountryMap map;
    private final TimelineQueries timeline;

    IncidentController(
            IncidentService incidents, DefenceTrackerProperties properties, CountryMap map, TimelineQueries timeline) {
        this.incidents = incidents;
        this.properties = properties;
        this.map = map;
        this.timeline = timeline;
    }

    /** Incidents newest first, a page at a time by keyset, so that the list is as fast deep down as on top. */
    @GetMapping("/incidents")
    String list(@RequestParam(required = false) String before, Model model) {
        TimelineCursor cursor = before == null || before.isBlank()
                ? null
                : TimelineCursor.parse(before)
                        .orElseThrow(() -> new InvalidParameterException("before", before, "error.parameter.cursor"));
        TimelinePage page = timeline.page(TimelineFilter.NONE.withKinds(Set.of(EntryKind.INCIDENT)), cursor, null, 100);
        model.addAttribute("incidents", page.entries());
        model.addAttribute("older", page.older());
        model.addAttribute("paged", cursor != null);
        return "incidents/list";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        IncidentView incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("map", map.render(incidents.centres(locale), List.of(point(incident, locale))));
        model.addAttribute("ledger", incidents.ledger(id));
        model.addAttribute("archivedStatements", incidents.archivedStatements(id));
        model.addAttribute("acts", incidents.actsAround(id));
        model.addAttribute("windowDays", properties.proximityDays());
        return "incidents/show";
    }

    /** The incident on the map: its own point, else its region's centre standing for the region. */
    private static MapPoint point(IncidentView incident, Locale locale) {
        Double latitude =
                incident.latitude() == null ? null : incident.latitude().doubleValue();
        Double longitude =
                incident.longitude() == null ? null : incident.longitude().doubleValue();
        String precision = incident.geoPrecision().name();
        if (latitude == null && incident.region() != null) {
            latitude = incident.region().centreLatitude();
            longitude = incident.region().centreLongitude();
            precision = GeoPrecision.REGION.name();
        }
        return new MapPoint(
                latitude,
                longitude,
                precision,
                incident.attribution().status().name(),
                incident.shownTitle(locale).text(),
                "/incidents/" + incident.id(),
                incident.date().label(locale),
                incident.shownTitle(locale).fallback());
    }
}
