package org.defencetracker.shared;

import jakarta.persistence.Embeddable;

/**
 * A name or title in the tracker's three languages: English, always given, and Russian and Kazakh where known.
 * An entity maps it to its own columns with {@code @EmbeddedColumnNaming} (e.g. {@code title_en}, {@code name_ru}).
 */
@Embeddable
public record LocalizedName(String en, String ru, String kk) {

    /** From what an editor typed: every text stripped, a blank Russian or Kazakh one left out. */
    public static LocalizedName typed(String en, String ru, String kk) {
        return new LocalizedName(en.strip(), OptionalText.strippedOrNull(ru), OptionalText.strippedOrNull(kk));
    }
}
