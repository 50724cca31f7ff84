package org.defencetracker.incident;

import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.OptionalText;

/**
 * An incident's title and description in Russian and Kazakh, beside the English ones it always has; any of them may
 * be missing. Blank texts are left out, the others stripped.
 */
public record IncidentTranslations(String titleRu, String titleKk, String descriptionRu, String descriptionKk) {

    public static final IncidentTranslations NONE = new IncidentTranslations(null, null, null, null);

    public IncidentTranslations {
        titleRu = OptionalText.strippedOrNull(titleRu);
        titleKk = OptionalText.strippedOrNull(titleKk);
        descriptionRu = OptionalText.strippedOrNull(descriptionRu);
        descriptionKk = OptionalText.strippedOrNull(descriptionKk);
    }

    /** The title in three languages, {@code english} as given. */
    public LocalizedName titles(String english) {
        return new LocalizedName(english, titleRu, titleKk);
    }

    /** The description in three languages, {@code english} as given (perhaps null, with translations or not). */
    public LocalizedName descriptions(String english) {
        return new LocalizedName(english, descriptionRu, descriptionKk);
    }
}
