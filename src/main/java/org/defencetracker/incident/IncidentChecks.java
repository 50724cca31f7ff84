package org.defencetracker.incident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of an incident that bean validation cannot make: date and its precision, country, region and
 * coordinates. The editor's form, the JSON API and the import all read incidents through here.
 */
@Component
public class IncidentChecks {

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final IncidentService incidents;
    private final SourceService sources;
    private final Clock clock;

    IncidentChecks(IncidentService incidents, SourceService sources, Clock clock) {
        this.incidents = incidents;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * The command the draft describes, citing the sources it names, or null after rejecting the fields that cannot
     * be used in {@code errors}. {@code cited} are the sources the incident cites already, which stay choosable
     * when archived.
     */
    public RecordIncident read(IncidentDraft draft, Set<Long> cited, Errors errors) {
        return read(draft, errors, e -> {
            Set<Long> citable = sources.citable(RecordRef.ids(draft.citedSources()), cited);
            return RecordRef.chosen(draft.citedSources(), citable::contains, "sources", e);
        });
    }

    /**
     * The command the draft describes, or null after rejecting the fields that cannot be used in {@code errors}
     * (a binding of the draft). {@code sources} answers the cited sources' ids, rejecting the field {@code sources}
     * itself where they cannot be used; it is asked after the other fields are checked.
     */
    public RecordIncident read(IncidentDraft draft, Errors errors, Function<Errors, List<Long>> sources) {
        FuzzyDate date = null;
        if (!errors.hasFieldErrors("date")) {
            date = DateInput.read(
                    draft.getDate(), draft.getPrecision(), draft.isApproximate(), LocalDate.now(clock), "date", errors);
        }
        String country =
                draft.getCountry() == null ? null : draft.getCountry().strip().toUpperCase(Locale.ROOT);
        if (!errors.hasFieldErrors("country") && !Countries.isKnown(country)) {
            errors.rejectValue("country", "country.unknown");
        }
        String region = blankToNull(draft.getRegion());
        if (region != null
                && !errors.hasFieldErrors("region")
                && incidents.regions().stream().noneMatch(r -> r.code().equals(region))) {
            errors.rejectValue("region", "incident.form.regionUnknown");
        }
        BigDecimal latitude = coordinate(draft.getLatitude(), MAX_LATITUDE, "latitude", errors);
        BigDecimal longitude = coordinate(draft.getLongitude(), MAX_LONGITUDE, "longitude", errors);
        boolean latitudeGiven = blankToNull(draft.getLatitude()) != null;
        boolean longitudeGiven = blankToNull(draft.getLongitude()) != null;
        if (latitudeGiven && !longitudeGiven) {
            errors.rejectValue("longitude", "incident.form.bothCoordinates");
        } else if (longitudeGiven && !latitudeGiven) {
            errors.rejectValue("latitude", "incident.form.bothCoordinates");
        }
        List<Long> sourceIds = sources.apply(errors);
        if (!errors.hasFieldErrors("sources") && (sourceIds == null || sourceIds.isEmpty())) {
            errors.rejectValue("sources", "incident.form.sourcesRequired");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordIncident(
                draft.getKind(),
                draft.getTitle(),
                date,
                country,
                region,
                draft.getPlace(),
                latitude,
                longitude,
                draft.getGeoPrecision(),
                draft.getObjectsCount(),
                blankToNull(draft.getObjectsNote()),
                draft.getResponse(),
                blankToNull(draft.getDescription()),
                sourceIds,
                new IncidentTranslations(
                        draft.getTitleRu(), draft.getTitleKk(), draft.getDescriptionRu(), draft.getDescriptionKk()));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
