package org.defencetracker.statement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String publisher;

    private String title;

    private String url;

    @Embedded
    @AttributeOverride(name = "on", column = @Column(name = "date_on", nullable = true))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision", nullable = true))
    private FuzzyDate published;

    private String note;

    @Version
    private long version;

    private Instant createdAt = Instant.now();

    private Instant updatedAt = Instant.now();

    private Instant archivedAt;

    protected Source() {}

    Source(CreateSource command) {
        apply(command);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(CreateSource command, long editedVersion) {
        checkVersion(editedVersion);
        apply(command);
        this.updatedAt = Instant.now();
    }

    void archive(long editedVersion) {
        checkVersion(editedVersion);
        if (archivedAt == null) {
            archivedAt = Instant.now();
            updatedAt = archivedAt;
        }
    }

    void restore(long editedVersion) {
        checkVersion(editedVersion);
        if (archivedAt != null) {
            archivedAt = null;
            updatedAt = Instant.now();
        }
    }

    private void checkVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new EditConflictException("source", id, editedVersion, version);
        }
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

    Long id() {
        return id;
    }

    private static void requireWebAddress(String url) {
        if (!CreateSource.isWebAddress(url)) {
            throw new IllegalArgumentException("a source address must be an http(s) address");
        }
    }

    SourceView view() {
        return new SourceView(id, publisher, title, url, published, note, version, archivedAt != null);
    }
}
