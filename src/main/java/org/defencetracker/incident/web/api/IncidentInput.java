package org.defencetracker.incident.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.web.IncidentForm;
import org.defencetracker.shared.DatePrecision;

/**
 * An incident as the API reads it, with the fields of the page's form: {@code date} as "2025-09-14", "2025-09"
 * or "2025" with its {@code precision}, {@code region} a region code, {@code sources} the ids of the cited
 * sources (at least one). {@code confirmDuplicate} saves a new incident although one dated the same in the same
 * region is on record; {@code version} is the one read, required for an update.
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
        List<Long> sources,
        Boolean confirmDuplicate,
        Long version) {

    IncidentForm form() {
        IncidentForm form = new IncidentForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setDate(date);
        form.setPrecision(precision == null ? DatePrecision.DAY : precision);
        form.setApproximate(Boolean.TRUE.equals(approximate));
        form.setCountry(country == null ? "KZ" : country);
        form.setRegion(region);
        form.setPlace(place);
        form.setLatitude(latitude == null ? null : latitude.toPlainString());
        form.setLongitude(longitude == null ? null : longitude.toPlainString());
        form.setGeoPrecision(geoPrecision == null ? GeoPrecision.UNKNOWN : geoPrecision);
        form.setObjectsCount(objectsCount);
        form.setObjectsNote(objectsNote);
        form.setResponse(response == null ? IncidentResponse.UNKNOWN : response);
        form.setDescription(description);
        // The pickers of the page read "#12" as the source numbered 12.
        form.setSources(
                sources == null
                        ? new String[0]
                        : sources.stream().map(id -> id == null ? "" : "#" + id).toArray(String[]::new));
        form.setConfirmDuplicate(Boolean.TRUE.equals(confirmDuplicate));
        form.setVersion(version);
        return form;
    }
}
