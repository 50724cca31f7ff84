package org.defencetracker.incident;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.shared.CitingRecord;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.OptionalText;

@Entity
@AssociationOverride(
        name = "sourceIds",
        joinTable = @JoinTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id")))
class AirspaceIncident extends CitingRecord<RecordIncident> {

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

    private String titleRu;

    private String titleKk;

    private String descriptionRu;

    private String descriptionKk;

    protected AirspaceIncident() {}

    @Override
    protected void apply(RecordIncident command) {
        if (!Countries.isKnown(command.country())) {
            throw new IllegalArgumentException("unknown country code " + command.country());
        }
        this.kind = command.kind();
        this.title = command.title().strip();
        this.date = command.date();
        this.country = command.country();
        this.regionCode = command.regionCode();
        this.place = OptionalText.strippedOrNull(command.place());
        this.latitude = command.latitude();
        this.longitude = command.longitude();
        this.geoPrecision = command.geoPrecision();
        this.objectsCount = command.objectsCount();
        this.objectsNote = command.objectsNote();
        this.response = command.response();
        this.description = command.description();
        this.titleRu = command.translations().titleRu();
        this.titleKk = command.translations().titleKk();
        this.descriptionRu = command.translations().descriptionRu();
        this.descriptionKk = command.translations().descriptionKk();
        cite(command.sourceIds());
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
                archived(),
                new IncidentTranslations(titleRu, titleKk, descriptionRu, descriptionKk));
    }
}
