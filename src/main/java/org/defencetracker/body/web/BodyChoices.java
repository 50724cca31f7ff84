package org.defencetracker.body.web;

import java.util.Map;
import org.defencetracker.body.BodyService;
import org.defencetracker.shared.web.RecordChoices;
import org.springframework.stereotype.Component;

/** The bodies a picker offers by their English names: the first in the lists' order, any in the lists as typed. */
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
        return bodies.offered();
    }

    @Override
    public Map<Long, String> matching(String text, int limit) {
        return bodies.matching(text, limit);
    }

    @Override
    public Map<Long, String> named(String text) {
        return bodies.named(text);
    }
}
