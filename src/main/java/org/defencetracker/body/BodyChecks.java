package org.defencetracker.body;

import java.util.Locale;
import org.defencetracker.shared.Countries;
import org.springframework.validation.Errors;

/**
 * The checks of a body that bean validation cannot make: a known country, and a parent in the same country. The
 * editor's form, the JSON API and the import all read bodies through here.
 */
public final class BodyChecks {

    private BodyChecks() {}

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
        if (parentCountry != null && country != null && !parentCountry.equals(country)) {
            errors.rejectValue("parent", "body.parentCountry");
        }
    }

    /** The command the draft describes under {@code parentId}, or null when {@code errors} has any. */
    public static CreateBody command(BodyDraft draft, String country, Long parentId, Errors errors) {
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
