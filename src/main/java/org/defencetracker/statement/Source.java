package org.defencetracker.statement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.OptionalText;
import org.defencetracker.shared.RevisableRecord;

@Entity
class Source extends RevisableRecord<CreateSource> {

    private String publisher;

    private String title;

    private String url;

    @Embedded
    @AttributeOverride(name = "on", column = @Column(name = "date_on", nullable = true))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision", nullable = true))
    private FuzzyDate published;

    private String note;

    protected Source() {}

    @Override
    protected void apply(CreateSource command) {
        if (command.url() != null && !command.url().isBlank()) {
            requireWebAddress(command.url());
        }
        this.publisher = command.publisher().strip();
        this.title = command.title().strip();
        this.url = OptionalText.strippedOrNull(command.url());
        this.published = command.published();
        this.note = OptionalText.strippedOrNull(command.note());
    }

    private static void requireWebAddress(String url) {
        if (!CreateSource.isWebAddress(url)) {
            throw new IllegalArgumentException("a source address must be an http(s) address");
        }
    }

    SourceView view() {
        return new SourceView(id(), publisher, title, url, published, note, version(), archived());
    }
}
