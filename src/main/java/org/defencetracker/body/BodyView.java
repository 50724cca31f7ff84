package org.defencetracker.body;

import java.util.Locale;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;

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
        return names().in(locale).text();
    }

    /** The name as the reader sees it, marked where it is shown in English for want of one in the reader's language. */
    public Translated shownName(Locale locale) {
        return names().in(locale);
    }

    public LocalizedName names() {
        return new LocalizedName(nameEn, nameRu, nameKk);
    }

    public String name() {
        return nameEn;
    }
}
