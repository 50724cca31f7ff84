package org.defencetracker.incident.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentDraft;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.shared.web.api.ApiWrites;

/**
 * An incident as the API reads it, checked by the same rules as the page's form: {@code date} as "2025-09-14",
 * "2025-09" or "2025" with its {@code precision}, {@code region} a region code, {@code sources} the ids of the
 * cited sources (at least one). {@code confirmDuplicate} saves a new incident although one dated the same in the
 * same region is on record; {@code version} is the one read, required for an update.
 */
record IncidentInput(
        IncidentKind kind,
        String title,
        String date,
        DatePrecision precision,
        Boolean approximate,
        String country,
        String region,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        GeoPrecision geoPrecision,
        Integer objectsCount,
        String objectsNote,
        IncidentResponse response,
        String description,
        String titleRu,
        String titleKk,
        String descriptionRu,
        String descriptionKk,
        List<Long> sources,
        Boolean confirmDuplicate,
        Long version)
        implements IncidentDraft, ApiWrites.Versioned {

    @Override
    public IncidentKind getKind() {
        return kind;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getDate() {
        return date;
    }

    @Override
    public DatePrecision getPrecision() {
        return precision == null ? DatePrecision.DAY : precision;
    }

    @Override
    public boolean isApproximate() {
        return Boolean.TRUE.equals(approximate);
    }

    @Override
    public String getCountry() {
        return country == null ? "KZ" : country;
    }

    @Override
    public String getRegion() {
        return region;
    }

    @Override
    public String getPlace() {
        return place;
    }

    @Override
    public String getLatitude() {
        return latitude == null ? null : latitude.toPlainString();
    }

    @Override
    public String getLongitude() {
        return longitude == null ? null : longitude.toPlainString();
    }

    @Override
    public GeoPrecision getGeoPrecision() {
        return geoPrecision == null ? GeoPrecision.UNKNOWN : geoPrecision;
    }

    @Override
    public Integer getObjectsCount() {
        return objectsCount;
    }

    @Override
    public String getObjectsNote() {
        return objectsNote;
    }

    @Override
    public IncidentResponse getResponse() {
        return response == null ? IncidentResponse.UNKNOWN : response;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getTitleRu() {
        return titleRu;
    }

    @Override
    public String getTitleKk() {
        return titleKk;
    }

    @Override
    public String getDescriptionRu() {
        return descriptionRu;
    }

    @Override
    public String getDescriptionKk() {
        return descriptionKk;
    }

    @Override
    public List<RecordRef> citedSources() {
        return ApiInput.refs(sources);
    }

    public boolean isConfirmDuplicate() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }
}
