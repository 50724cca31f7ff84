package org.defencetracker.shared;

import jakarta.persistence.Embeddable;
import java.util.Locale;

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

    /** The name in the reader's language, or in English (marked as such) where it is not known in that one. */
    public Translated in(Locale locale) {
        String own = switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
        return own == null ? Translated.english(en, locale.getLanguage()) : new Translated(own, false);
    }
}
