package org.defencetracker.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.EditableRecord;
import org.defencetracker.shared.FuzzyDate;

@Entity
class Statement extends EditableRecord {

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

    protected Statement() {}

    Statement(RecordStatement command, String actorName, Clock clock) {
        super(clock);
        apply(command, actorName);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(RecordStatement command, String actorName, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> apply(command, actorName));
    }

    Long incidentId() {
        return incidentId;
    }

    Long actId() {
        return actId;
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

    Long actorBodyId() {
        return actorBodyId;
    }

    /** The statement as shown; {@code actorBodyCountry} is the country of its actor body, null without one. */
    StatementView view(List<SourceView> sources, BodyView actorBody) {
        return new StatementView(
                id(),
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
                version(),
                archived(),
                actorBody == null ? null : actorBody.country(),
                actorBody == null ? null : actorBody.names());
    }

    Set<Long> sourceIds() {
        return sourceIds;
    }
}
