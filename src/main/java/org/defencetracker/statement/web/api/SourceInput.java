package org.defencetracker.statement.web.api;

import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.web.SourceForm;

/**
 * A source as the API reads it, with the fields of the page's form: {@code date} as "2025-09-14", "2025-09" or
 * "2025" with its {@code precision}; {@code version} is the one read, required for an update.
 */
record SourceInput(
        String publisher, String title, String url, String date, DatePrecision precision, String note, Long version) {

    SourceForm form() {
        SourceForm form = new SourceForm();
        form.setPublisher(publisher);
        form.setTitle(title);
        form.setUrl(url);
        form.setDate(date);
        form.setPrecision(precision == null ? DatePrecision.DAY : precision);
        form.setNote(note);
        form.setVersion(version);
        return form;
    }
}
