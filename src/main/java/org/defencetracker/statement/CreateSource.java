package org.defencetracker.statement;

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
}
