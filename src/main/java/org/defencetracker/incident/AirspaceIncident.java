package org.defencetracker.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.EditableRecord;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "airspace_incident")
class AirspaceIncident extends EditableRecord {

    @Enumerated(EnumType.STRING)
    private IncidentKind kind;

    private String title;

    @Embedded
    private FuzzyDate date;

    private String country;

    private String regionCode;

    private String place;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    private GeoPrecision geoPrecision;

    private Integer objectsCount;

    private String objectsNote;

    @Enumerated(EnumType.STRING)
    private IncidentResponse response;

    private String description;

    @ElementCollection
    // Pages of incidents (the dump) read their citations a batch of owners at a time.
    @org.hibernate.annotations.BatchSize(size = 500)
    @CollectionTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "source_id")
    @OrderBy
    private Set<Long> sourceIds = new LinkedHashSet<>();

    protected AirspaceIncident() {}

    AirspaceIncident(RecordIncident command, Clock clock) {
        super(clock);
        apply(command);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(RecordIncident command, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> apply(command));
    }

    private void apply(RecordIncident command) {
        if (!Countries.isKnown(command.country())) {
            throw new IllegalArgumentException("unknown country code " + command.country());
        }
        this.kind = command.kind();
        this.title = command.title().strip();
        this.date = command.date();
        this.country = command.country();
        this.regionCode = command.regionCode();
        this.place = command.place() == null || command.place().isBlank()
                ? null
                : command.place().strip();
        this.latitude = command.latitude();
        this.longitude = command.longitude();
        this.geoPrecision = command.geoPrecision();
        this.objectsCount = command.objectsCount();
        this.objectsNote = command.objectsNote();
        this.response = command.response();
        this.description = command.description();
        this.sourceIds.clear();
        this.sourceIds.addAll(command.sourceIds());
    }

    /** How pickers name the incident: its title and date. */
    String name() {
        return title + " (" + date.label(java.util.Locale.ENGLISH) + ")";
    }

    /** The affected state: the country where the incident happened. */
    String country() {
        return country;
    }

    String regionCode() {
        return regionCode;
    }

    Set<Long> sourceIds() {
        return sourceIds;
    }

    IncidentView view(
            RegionView region, Attribution attribution, List<org.defencetracker.statement.SourceView> sources) {
        return new IncidentView(
                id(),
                kind,
                title,
                date,
                country,
                region,
                place,
                latitude,
                longitude,
                geoPrecision,
                objectsCount,
                objectsNote,
                response,
                description,
                attribution,
                sources,
                version(),
                archived());
    }
}
