package org.defencetracker.body;

import java.util.Locale;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a body that bean validation cannot make: a known country, and a parent that is listed, lies in the
 * same country and is not the body itself or one of its own parts. The editor's form, the JSON API and the import
 * all read bodies through here.
 */
@Component
public class BodyChecks {

    private final BodyService bodies;

    BodyChecks(BodyService bodies) {
        this.bodies = bodies;
    }

    /**
     * The command the draft describes for a new body ({@code self} null) or for body {@code self}, or null after
     * rejecting the fields that cannot be used in {@code errors}.
     */
    public CreateBody read(BodyDraft draft, Long self, Errors errors) {
        String country = country(draft, errors);
        String field = draft.field("parent");
        Long parentId = RecordRef.chosen(
                draft.parent(), id -> bodies.isListed(id) && !Long.valueOf(id).equals(self), field, errors);
        if (parentId != null && country != null && !country.isEmpty()) {
            parentCountry(bodies.get(parentId).country(), country, field, errors);
        }
        if (parentId != null
                && self != null
                && !errors.hasFieldErrors(field)
                && bodies.lineage(parentId).stream().anyMatch(b -> b.id() == self)) {
            errors.rejectValue(field, "body.parentCycle");
        }
        return command(draft, country, parentId, errors);
    }

    /** The draft's country code in capitals, or null; rejects {@code country} when it is given and unknown. */
    public static String country(BodyDraft draft, Errors errors) {
        String country =
                draft.getCountry() == null ? null : draft.getCountry().strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.isEmpty() && !Countries.isKnown(country)) {
            errors.rejectValue("country", "country.unknown");
        }
        return country;
    }

    /** Rejects {@code parent} when the parent lies in another country than the body. */
    public static void parentCountry(String parentCountry, String country, Errors errors) {
        parentCountry(parentCountry, country, "parent", errors);
    }

    private static void parentCountry(String parentCountry, String country, String field, Errors errors) {
        if (parentCountry != null && country != null && !parentCountry.equals(country)) {
            errors.rejectValue(field, "body.parentCountry");
        }
    }

    /** The command the draft describes under {@code parentId}, or null when {@code errors} has any. */
    private static CreateBody command(BodyDraft draft, String country, Long parentId, Errors errors) {
        if (errors.hasErrors()) {
            return null;
        }
        return new CreateBody(
                draft.getKind(),
                parentId,
                country,
                draft.getNameEn(),
                draft.getNameRu(),
                draft.getNameKk(),
                draft.getAbbreviation());
    }
}
