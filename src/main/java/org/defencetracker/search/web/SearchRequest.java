package org.defencetracker.search.web;

import org.defencetracker.search.SearchKind;
import org.defencetracker.search.SearchService;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.web.Numbers;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search's address read and written: {@code q} (the words), {@code kind} (one kind of record) and {@code page}
 * (from 1). What cannot be used is refused with the parameter's name; the JSON API reads its parameters here too.
 */
public record SearchRequest(String words, SearchKind kind, int page) {

    public static SearchRequest parse(String q, String kind, String page) {
        String words = q == null ? "" : q.strip();
        if (words.length() > SearchService.MAX_WORDS_LENGTH) {
            throw new InvalidParameterException("q", words.substring(0, 40) + "…", "error.parameter.length");
        }
        if (words.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidParameterException("q", null, "error.parameter.format");
        }
        SearchKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            chosen = SearchKind.parse(kind)
                    .orElseThrow(() -> new InvalidParameterException("kind", kind, "error.parameter.searchKind"));
        }
        int number = Numbers.parameter("page", page, 1, 1, SearchService.MAX_PAGE, "error.parameter.searchPage");
        return new SearchRequest(words, chosen, number);
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
