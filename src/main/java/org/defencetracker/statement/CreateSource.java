package org.defencetracker.statement;

import java.net.URI;
import java.net.URISyntaxException;
import org.defencetracker.shared.FuzzyDate;

/** Records a source: who published what, where (if known), when (as precisely as known). */
public record CreateSource(String publisher, String title, String url, FuzzyDate published, String note) {

    public CreateSource {
        if (publisher == null || publisher.isBlank()) {
            throw new IllegalArgumentException("a source needs its publisher");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a source needs its title");
        }
    }

    /** Whether the text is an absolute http or https address with a host, as a source's address must be. */
    public static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException ex) {
            return false;
        }
    }
}
