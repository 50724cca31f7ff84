package org.defencetracker.incident;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.FuzzyDate;

/**
 * Records an airspace incident with its date and place as precisely as they are known. Coordinates are
 * optional; {@code geoPrecision} says what they (or the region) stand for. {@code title} and {@code description} are
 * English; {@code translations} holds them in Russian and Kazakh where they are written.
 */
public record RecordIncident(
        IncidentKind kind,
        String title,
        FuzzyDate date,
        String country,
        String regionCode,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        GeoPrecision geoPrecision,
        Integer objectsCount,
        String objectsNote,
        IncidentResponse response,
        String description,
        List<Long> sourceIds,
        IncidentTranslations translations) {

    public RecordIncident {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(geoPrecision, "geoPrecision");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an incident needs a title");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("give both coordinates or neither");
        }
        if (latitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        if (objectsCount != null && objectsCount < 1) {
            throw new IllegalArgumentException("the number of objects, where known, is at least one");
        }
        country = country == null ? "KZ" : country;
        response = response == null ? IncidentResponse.UNKNOWN : response;
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        translations = translations == null ? IncidentTranslations.NONE : translations;
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("an incident cites at least one source");
        }
    }
}
