package org.defencetracker.timeline;

import java.time.Instant;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.Translated;

/**
 * One entry of the timeline as read, in the reader's language: {@code titleInEnglish} and {@code summaryInEnglish}
 * say that the title (or a name in it) or the summary is shown in English, as nobody has written it in that language.
 */
public record TimelineEntry(
        long id,
        String key,
        EntryKind kind,
        String subtype,
        FuzzyDate date,
        String title,
        String summary,
        String path,
        Long bodyId,
        String bodyName,
        Place place,
        String origin,
        String attribution,
        List<Citation> sources,
        Instant recordedAt,
        boolean titleInEnglish,
        boolean summaryInEnglish) {

    /** The same entry citing these sources. */
    public TimelineEntry withSources(List<Citation> cited) {
        return new TimelineEntry(
                id,
                key,
                kind,
                subtype,
                date,
                title,
                summary,
                path,
                bodyId,
                bodyName,
                place,
                origin,
                attribution,
                List.copyOf(cited),
                recordedAt,
                titleInEnglish,
                summaryInEnglish);
    }

    /** The title, marked where it is (or names a record) in English for want of the reader's language. */
    public Translated shownTitle() {
        return new Translated(title, titleInEnglish);
    }

    public Translated shownSummary() {
        return new Translated(summary, summaryInEnglish);
    }

    public String regionCode() {
        return place == null ? null : place.regionCode();
    }
}
