package org.defencetracker.incident.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.DateInput;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads an incident form into the command it describes, making the checks bean validation cannot: date, country,
 * region, coordinates and sources. The page and the JSON API both read incidents through it, so that both refuse
 * the same input.
 */
@Component
public class IncidentFormReader {

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final IncidentService incidents;
    private final SourceService sources;
    private final Clock clock;

    IncidentFormReader(IncidentService incidents, SourceService sources, Clock clock) {
        this.incidents = incidents;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * The command the form describes, or null after rejecting the fields that cannot be used in {@code errors}.
     * {@code cited} are the sources the record cites already, which stay choosable when archived.
     */
    public RecordIncident read(IncidentForm form, Errors errors, Set<Long> cited) {
        FuzzyDate date = null;
        if (!errors.hasFieldErrors("date")) {
            DatePrecision precision = form.getPrecision() == null ? DatePrecision.DAY : form.getPrecision();
            date = DateInput.read(
                    form.getDate(), precision, form.isApproximate(), LocalDate.now(clock), "date", errors);
        }
        String country =
                form.getCountry() == null ? null : form.getCountry().strip().toUpperCase(Locale.ROOT);
        if (!errors.hasFieldErrors("country") && !Countries.isKnown(country)) {
            errors.rejectValue("country", "country.unknown");
        }
        String region = form.getRegion() == null || form.getRegion().isBlank()
                ? null
                : form.getRegion().strip();
        if (region != null
                && !errors.hasFieldErrors("region")
                && incidents.regions().stream().noneMatch(r -> r.code().equals(region))) {
            errors.rejectValue("region", "incident.form.regionUnknown");
        }
        BigDecimal latitude = coordinate(form.getLatitude(), MAX_LATITUDE, "latitude", errors);
        BigDecimal longitude = coordinate(form.getLongitude(), MAX_LONGITUDE, "longitude", errors);
        boolean latitudeGiven =
                form.getLatitude() != null && !form.getLatitude().isBlank();
        boolean longitudeGiven =
                form.getLongitude() != null && !form.getLongitude().isBlank();
        if (latitudeGiven && !longitudeGiven) {
            errors.rejectValue("longitude", "incident.form.bothCoordinates");
        } else if (longitudeGiven && !latitudeGiven) {
            errors.rejectValue("latitude", "incident.form.bothCoordinates");
        }
        List<Long> sourceIds = sourceIds(form.getSources(), cited, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordIncident(
                form.getKind(),
                form.getTitle(),
                date,
                country,
                region,
                form.getPlace(),
                latitude,
                longitude,
                form.getGeoPrecision(),
                form.getObjectsCount(),
                blankToNull(form.getObjectsNote()),
                form.getResponse(),
                blankToNull(form.getDescription()),
                sourceIds);
    }

    private static BigDecimal coordinate(String text, BigDecimal limit, String field, Errors errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            errors.rejectValue(field, "incident.form.coordinateFormat");
            return null;
        }
        if (value.abs().compareTo(limit) > 0) {
            errors.rejectValue(field, "incident.form." + field + "Range");
            return null;
        }
        return value;
    }

    /** The chosen sources, each once, in the order given; at least one, each one known. */
    private List<Long> sourceIds(String[] texts, Set<Long> cited, Errors errors) {
        Map<Long, String> options = sources.choices(cited);
        Set<Long> ids = new LinkedHashSet<>();
        for (String text : texts) {
            Long id = Picker.resolve(text, options);
            if (id != null && id < 0) {
                errors.rejectValue("sources", "picker.unknown");
                return List.of();
            }
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            errors.rejectValue("sources", "incident.form.sourcesRequired");
        }
        return new ArrayList<>(ids);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
