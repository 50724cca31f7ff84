package org.defencetracker.statement.web.api;

import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.api.ApiWrites;
import org.defencetracker.statement.SourceDraft;

/**
 * A source as the API reads it, checked by the same rules as the page's form: {@code date} as "2025-09-14",
 * "2025-09" or "2025" with its {@code precision} (to the day when not given); {@code version} is the one read,
 * required for an update.
 */
record SourceInput(
        String publisher, String title, String url, String date, DatePrecision precision, String note, Long version)
        implements SourceDraft, ApiWrites.Versioned {

    @Override
    public String getPublisher() {
        return publisher;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public String getDate() {
        return date;
    }

    @Override
    public DatePrecision getPrecision() {
        return precision == null ? DatePrecision.DAY : precision;
    }

    @Override
    public String getNote() {
        return note;
    }
}
