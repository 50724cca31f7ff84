package org.defencetracker.body;

import java.util.Locale;

/** A government body as other modules and pages see it. */
public record BodyView(
        long id,
        BodyKind kind,
        Long parentId,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String abbreviation,
        long version,
        boolean archived) {

    /** The name in the reader's language where it is known, else in English. */
    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
        };
        return name == null ? nameEn : name;
    }

    public String name() {
        return nameEn;
    }
}
