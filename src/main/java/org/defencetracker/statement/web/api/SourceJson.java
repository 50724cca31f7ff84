package org.defencetracker.statement.web.api;

import org.defencetracker.shared.web.api.ApiDate;
import org.defencetracker.statement.SourceView;

/** A source as the API writes it; {@code version} goes back with an update. */
record SourceJson(
        long id,
        String publisher,
        String title,
        String url,
        ApiDate published,
        String note,
        long version,
        boolean archived) {

    static SourceJson of(SourceView source) {
        return new SourceJson(
                source.id(),
                source.publisher(),
                source.title(),
                source.url(),
                ApiDate.of(source.published()),
                source.note(),
                source.version(),
                source.archived());
    }
}
