package org.defencetracker.statement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Clock;
import org.defencetracker.shared.EditableRecord;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "source")
class Source extends EditableRecord {

    private String publisher;

    private String title;

    private String url;

    @Embedded
    @AttributeOverride(name = "on", column = @Column(name = "date_on", nullable = true))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision", nullable = true))
    private FuzzyDate published;

    private String note;

    protected Source() {}

    Source(CreateSource command, Clock clock) {
        super(clock);
        apply(command);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(CreateSource command, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> apply(command));
    }

    private void apply(CreateSource command) {
        if (command.url() != null && !command.url().isBlank()) {
            requireWebAddress(command.url());
        }
        this.publisher = command.publisher().strip();
        this.title = command.title().strip();
        this.url = command.url() == null || command.url().isBlank()
                ? null
                : command.url().strip();
        this.published = command.published();
        this.note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
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
