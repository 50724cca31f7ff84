package org.defencetracker.search.web;

import org.defencetracker.search.SearchKind;
import org.defencetracker.search.SearchQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** A search's address, as read into a {@link SearchQuery} and written into the page's links. */
public record SearchRequest(String words, SearchKind kind, int page) {

    public static SearchRequest of(SearchQuery query) {
        return new SearchRequest(query.q(), query.kind(), query.pageNumber());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The search for other words, of every kind, from the first page. */
    public static String address(String words) {
        return UriComponentsBuilder.fromPath("/search")
                .queryParam("q", words)
                .encode()
                .toUriString();
    }

    /** These words narrowed to a kind (or to none), from the first page. */
    public String kindAddress(SearchKind newKind) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", words);
        if (newKind != null) {
            uri.queryParam("kind", newKind.code());
        }
        return uri.encode().toUriString();
    }

    public String pageAddress(int newPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", words);
        if (kind != null) {
            uri.queryParam("kind", kind.code());
        }
        if (newPage > 1) {
            uri.queryParam("page", newPage);
        }
        return uri.encode().toUriString();
    }
}
