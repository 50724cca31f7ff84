package org.defencetracker.incident.web;

import java.util.List;
import java.util.Locale;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.map.CountryMap;
import org.defencetracker.shared.map.MapPoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class IncidentController {

    private final IncidentService incidents;
    private final DefenceTrackerProperties properties;
    private final CountryMap map;

    IncidentController(IncidentService incidents, DefenceTrackerProperties properties, CountryMap map) {
        this.incidents = incidents;
        this.properties = properties;
        this.map = map;
    }

    @GetMapping("/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.newest());
        return "incidents/list";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        IncidentView incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("map", map.render(incidents.centres(), List.of(point(incident, locale))));
        model.addAttribute("ledger", incidents.ledger(id));
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
                incident.title(),
                "/incidents/" + incident.id(),
                incident.date().label(locale));
    }
}
