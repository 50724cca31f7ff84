package org.defencetracker.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, for words and an optional kind.
 *
 * @param facets how many records of each kind the words find, whatever kind is chosen
 * @param total how many records the words find within the chosen kind (all kinds when none is)
 * @param more whether a further page exists
 * @param suggestion when nothing is found, the words with each unknown one replaced by the closest known word;
 *     null when there is nothing better to offer
 * @param estimated whether more records match than were counted: {@code total} is then a lower bound ("10,000+"),
 *     and the facets count the first records found
 */
public record SearchResults(
        String words,
        SearchKind kind,
        int page,
        List<SearchHit> hits,
        Map<SearchKind, Long> facets,
        long total,
        boolean more,
        String suggestion,
        boolean estimated) {

    public SearchResults {
        // The kinds keep their order, which the facets are shown in.
        hits = List.copyOf(hits);
        java.util.Map<SearchKind, Long> ordered = new java.util.EnumMap<>(SearchKind.class);
        ordered.putAll(facets);
        facets = java.util.Collections.unmodifiableMap(ordered);
    }

    /** How many records the words find, of every kind. */
    public long found() {
        return facets.values().stream().mapToLong(Long::longValue).sum();
    }
}
