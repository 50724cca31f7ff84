package org.defencetracker.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "statement")
class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private FuzzyDate date;

    @Enumerated(EnumType.STRING)
    private ActorType actorType;

    private String actorName;

    private Long actorBodyId;

    private String actorCountry;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String claimedOrigin;

    private String text;

    private boolean quote;

    private Long incidentId;

    private Long actId;

    @ElementCollection
    @CollectionTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "source_id")
    @OrderBy
    private Set<Long> sourceIds = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant createdAt = Instant.now();

    private Instant updatedAt = Instant.now();

    private Instant archivedAt;

    protected Statement() {}

    Statement(RecordStatement command, String actorName) {
        apply(command, actorName);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(RecordStatement command, String actorName, long editedVersion) {
        checkVersion(editedVersion);
        apply(command, actorName);
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

    boolean archived() {
        return archivedAt != null;
    }

    Long incidentId() {
        return incidentId;
    }

    Long actId() {
        return actId;
    }

    private void checkVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new EditConflictException("statement", id, editedVersion, version);
        }
    }

    private void apply(RecordStatement command, String actorName) {
        if (command.actorCountry() != null && !Countries.isKnown(command.actorCountry())) {
            throw new IllegalArgumentException("unknown country code " + command.actorCountry());
        }
        if (command.claimedOrigin() != null && !Countries.isKnown(command.claimedOrigin())) {
            throw new IllegalArgumentException("unknown country code " + command.claimedOrigin());
        }
        this.date = command.date();
        this.actorType = command.actorType();
        this.actorName = actorName;
        this.actorBodyId = command.actorBodyId();
        this.actorCountry = command.actorCountry();
        this.stance = command.stance();
        this.claimedOrigin = command.claimedOrigin();
        this.text = command.text().strip();
        this.quote = command.quote();
        this.incidentId = command.incidentId();
        this.actId = command.actId();
        this.sourceIds.clear();
        this.sourceIds.addAll(command.sourceIds());
    }

    Long id() {
        return id;
    }

    Long actorBodyId() {
        return actorBodyId;
    }

    /** The statement as shown; {@code actorBodyCountry} is the country of its actor body, null without one. */
    StatementView view(List<SourceView> sources, String actorBodyCountry) {
        return new StatementView(
                id,
                date,
                actorType,
                actorName,
                actorBodyId,
                actorCountry,
                stance,
                claimedOrigin,
                text,
                quote,
                incidentId,
                actId,
                sources,
                version,
                archivedAt != null,
                actorBodyCountry);
    }

    Set<Long> sourceIds() {
        return sourceIds;
    }
}
