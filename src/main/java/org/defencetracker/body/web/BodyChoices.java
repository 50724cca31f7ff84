package org.defencetracker.body.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.web.RecordChoices;
import org.springframework.stereotype.Component;

/** The bodies a picker offers, by their English names: every body in the lists. */
@Component
public class BodyChoices implements RecordChoices {

    private final BodyService bodies;

    BodyChoices(BodyService bodies) {
        this.bodies = bodies;
    }

    @Override
    public String kind() {
        return BODIES;
    }

    @Override
    public Map<Long, String> choices() {
        Map<Long, String> options = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            options.put(b.id(), b.nameEn());
        }
        return options;
    }
}
