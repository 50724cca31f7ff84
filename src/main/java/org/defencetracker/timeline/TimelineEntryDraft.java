package org.defencetracker.timeline;

import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.FuzzyDate;

/**
 * What a module writes to the timeline. {@code key} names the record the entry stands for ("incident:12"), so
 * writing the same key again replaces the entry. {@code place} is for incidents (null for the rest). {@code summary},
 * {@code bodyName} and the place's region name are English; {@code translations} holds them in Russian and Kazakh
 * where they are known.
 */
public record TimelineEntryDraft(
        String key,
        EntryKind kind,
        String subtype,
        FuzzyDate date,
        EntryTitle title,
        String summary,
        String path,
        Long bodyId,
        String bodyName,
        Place place,
        String origin,
        String attribution,
        List<Citation> sources,
        EntryTranslations translations) {

    public TimelineEntryDraft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        sources = sources == null ? List.of() : List.copyOf(sources);
        translations = translations == null ? EntryTranslations.NONE : translations;
    }
}
