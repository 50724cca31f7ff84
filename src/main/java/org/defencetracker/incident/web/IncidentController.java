package org.defencetracker.incident.web;

import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class IncidentController {

    private final IncidentService incidents;
    private final DefenceTrackerProperties properties;

    IncidentController(IncidentService incidents, DefenceTrackerProperties properties) {
        this.incidents = incidents;
        this.properties = properties;
    }

    @GetMapping("/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.newest());
        return "incidents/list";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model) {
        IncidentView incident = incidents.get(id);
        model.addAttribute("incident", incident);
        model.addAttribute("ledger", incidents.ledger(id));
        model.addAttribute("acts", incidents.actsAround(id));
        model.addAttribute("windowDays", properties.proximityDays());
        return "incidents/show";
    }
}
