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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
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

    protected Source() {}

    Source(CreateSource command) {
        if (command.url() != null && !command.url().isBlank()) {
            requireWebAddress(command.url());
        }
        this.publisher = command.publisher().strip();
        this.title = command.title().strip();
        this.url = command.url() == null || command.url().isBlank()
                ? null
                : command.url().strip();
        this.published = command.published();
        this.note = command.note();
    }

    private static void requireWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("a source address must be an http(s) address");
            }
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("a source address must be an http(s) address", ex);
        }
    }

    SourceView view() {
        return new SourceView(id, publisher, title, url, published, note);
    }
}
