package org.defencetracker.statement;

import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.Citation;

/** A source as pages show it. */
public record SourceView(
        long id,
        String publisher,
        String title,
        String url,
        FuzzyDate published,
        String note,
        long version,
        boolean archived) {

    public Citation citation() {
        return new Citation(publisher, title, url, published == null ? null : published.label(Locale.ENGLISH));
    }

    /** How pickers name the source: publisher and title. */
    public String name() {
        return publisher + ": " + title;
    }
}
