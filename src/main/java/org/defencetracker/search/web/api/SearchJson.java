package org.defencetracker.search.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defencetracker.search.Highlighted;
import org.defencetracker.search.SearchHit;
import org.defencetracker.search.SearchKind;
import org.defencetracker.search.SearchResults;
import org.defencetracker.shared.web.api.ApiDate;

/**
 * A page of search results, in the API's page shape ({@code items}, {@code next}, {@code previous}, {@code total},
 * {@code totalEstimated}) with the search's own fields beside it; search pages by number, so {@code next} and
 * {@code previous} are the numbers to send as {@code page}. {@code title} is the English title, {@code titleRu} and
 * {@code titleKk} the Russian and Kazakh ones where the record has them, the snippet a passage of the record's own
 * text. Titles and snippets come as plain text and, in {@code highlights}, as the same text cut into parts with the
 * matched ones flagged, so that a client marks them without reading any markup. Counts are exact up to 10,000; {@code totalEstimated} is true when more records match,
 * {@code total} (10,000) and the facets then being lower bounds.
 */
record SearchJson(
        String q,
        String kind,
        int page,
        List<Hit> items,
        Integer next,
        Integer previous,
        long total,
        boolean totalEstimated,
        Map<String, Long> facets,
        String suggestion) {

    @Schema(name = "SearchHit")
    record Hit(
            String kind,
            long id,
            String title,

            @Schema(description = "the Russian title, where the record has one")
            String titleRu,

            @Schema(description = "the Kazakh title, where the record has one")
            String titleKk,

            String snippet,
            String path,
            ApiDate date,
            double rank,
            Highlights highlights) {}

    @Schema(name = "SearchHighlights")
    record Highlights(
            List<Highlighted.Part> title,
            List<Highlighted.Part> titleRu,
            List<Highlighted.Part> titleKk,
            List<Highlighted.Part> snippet) {}

    static SearchJson of(SearchResults results) {
        Map<String, Long> facets = new LinkedHashMap<>();
        for (SearchKind kind : SearchKind.values()) {
            facets.put(kind.code(), results.facets().getOrDefault(kind, 0L));
        }
        return new SearchJson(
                results.words(),
                results.kind() == null ? null : results.kind().code(),
                results.page(),
                results.hits().stream().map(SearchJson::hit).toList(),
                results.more() ? results.page() + 1 : null,
                results.page() > 1 ? results.page() - 1 : null,
                results.total(),
                results.estimated(),
                facets,
                results.suggestion());
    }

    private static Hit hit(SearchHit hit) {
        return new Hit(
                hit.kind().code(),
                hit.id(),
                hit.title().text(),
                hit.titleRu() == null ? null : hit.titleRu().text(),
                hit.titleKk() == null ? null : hit.titleKk().text(),
                hit.snippet().text(),
                hit.path(),
                hit.date() == null ? null : ApiDate.of(hit.date()),
                hit.rank(),
                new Highlights(
                        hit.title().parts(),
                        parts(hit.titleRu()),
                        parts(hit.titleKk()),
                        hit.snippet().parts()));
    }

    private static List<Highlighted.Part> parts(Highlighted text) {
        return text == null ? null : text.parts();
    }
}
