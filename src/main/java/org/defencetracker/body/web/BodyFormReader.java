package org.defencetracker.body.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.shared.web.Picker;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads a body form into the command it describes, making the checks bean validation cannot: the country, and a
 * parent that exists, lies in the same country and is not the body itself or one of its own parts. The page and
 * the JSON API both read bodies through it, so that both refuse the same input.
 */
@Component
public class BodyFormReader {

    private final BodyService bodies;

    BodyFormReader(BodyService bodies) {
        this.bodies = bodies;
    }

    /**
     * The command the form describes for a new body ({@code self} null) or for body {@code self}, or null after
     * rejecting the fields that cannot be used in {@code errors}.
     */
    public CreateBody read(BodyForm form, Long self, Errors errors) {
        String country = BodyChecks.country(form, errors);
        Long parentId = Picker.resolve(form.getParent(), options(self));
        if (parentId != null && parentId < 0) {
            errors.rejectValue("parent", "picker.unknown");
        } else if (parentId != null && country != null && !country.isEmpty()) {
            BodyChecks.parentCountry(bodies.get(parentId).country(), country, errors);
        }
        if (parentId != null
                && parentId >= 0
                && !errors.hasFieldErrors("parent")
                && self != null
                && bodies.lineage(parentId).stream().anyMatch(b -> b.id() == self)) {
            errors.rejectValue("parent", "body.parentCycle");
        }
        return BodyChecks.command(form, country, parentId, errors);
    }

    /** Bodies that can be the parent of {@code self}: every other one in the lists. */
    Map<Long, String> options(Long self) {
        Map<Long, String> options = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            if (self == null || b.id() != self) {
                options.put(b.id(), b.nameEn());
            }
        }
        return options;
    }
}
