package org.defencetracker.web;

import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;

/** Finds the demo case's records by what they are, whatever ids the database gave them. */
public final class DemoRecords {

    private DemoRecords() {}

    public static BodyView ministryOfEmergencySituations(BodyService bodies) {
        return bodies.findByName("KZ", "Ministry of Emergency Situations").orElseThrow();
    }

    public static ActView decreeOf14September(ActService acts) {
        return acts.list(ActKind.DECREE).stream()
                .filter(a -> a.titleEn().contains("Ministry of Emergency Situations"))
                .findFirst()
                .orElseThrow();
    }

    public static ActView territorialDefenceAct(ActService acts) {
        return acts.list(ActKind.LAW).stream()
                .filter(a -> a.titleEn().equals("Territorial Defence Act"))
                .findFirst()
                .orElseThrow();
    }

    public static IncidentView incursions(IncidentService incidents) {
        return incident(incidents, "Series of drone incursions into Kazakhstan");
    }

    public static IncidentView allegedTransit(IncidentService incidents) {
        return incident(incidents, "Alleged passage of Ukrainian drones through Kazakhstan's airspace");
    }

    private static IncidentView incident(IncidentService incidents, String title) {
        return incidents.newest(null, null, 500).stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
