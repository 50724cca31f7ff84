package org.defencetracker.incident;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.Translated;
import org.defencetracker.statement.SourceView;

/** An incident as pages show it, with the attribution that follows from its statements. */
public record IncidentView(
        long id,
        IncidentKind kind,
        String title,
        FuzzyDate date,
        String country,
        RegionView region,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        GeoPrecision geoPrecision,
        Integer objectsCount,
        String objectsNote,
        IncidentResponse response,
        String description,
        Attribution attribution,
        List<SourceView> sources,
        long version,
        boolean archived,
        IncidentTranslations translations) {

    /** The title in the reader's language where it is written in it, else the English one, marked. */
    public Translated shownTitle(Locale locale) {
        return translations.titles(title).in(locale);
    }

    public Translated shownDescription(Locale locale) {
        return translations.descriptions(description).in(locale);
    }

    public Translated shownObjectsNote(Locale locale) {
        return Translated.english(objectsNote, locale.getLanguage());
    }

    public Translated shownPlace(Locale locale) {
        return Translated.english(place, locale.getLanguage());
    }
}
