package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.defencetracker.incident.web.IncidentForm;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.statement.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class IncidentChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);

    private final IncidentService incidents = mock(IncidentService.class);
    private final SourceService sources = mock(SourceService.class);
    private final IncidentChecks checks = new IncidentChecks(incidents, sources, CLOCK);
    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @BeforeEach
    void records() {
        when(incidents.regions())
                .thenReturn(List.of(new RegionView(
                        "KZ-55", "KZ", "Pavlodar", null, null, new LocalizedName("Pavlodar", null, null), 52.3, 76.9)));
        when(sources.citable(any(), any())).thenReturn(Set.of(5L));
    }

    @Test
    void readsAnIncidentWithItsSources() {
        RecordIncident command = checks.read(form(), Set.of(), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(command.sourceIds()).containsExactly(5L);
        assertThat(command.regionCode()).isEqualTo("KZ-55");
    }

    @Test
    void refusesAnUnknownSource() {
        IncidentForm form = form();
        form.setSources(new RecordRef[] {RecordRef.unknown("No such source")});

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesAnIncidentWithoutSources() {
        IncidentForm form = form();
        form.setSources(new RecordRef[] {null});

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("incident.form.sourcesRequired");
    }

    @Test
    void refusesADateToCome() {
        IncidentForm form = form();
        form.setDate("2025-10-05");

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.hasFieldErrors("date")).isTrue();
    }

    @Test
    void refusesAnUnknownRegionAndCountry() {
        IncidentForm form = form();
        form.setRegion("KZ-99");
        form.setCountry("QQ");

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("region").getCode()).isEqualTo("incident.form.regionUnknown");
        assertThat(errors.getFieldError("country").getCode()).isEqualTo("country.unknown");
    }

    @Test
    void refusesCoordinatesOutOfRangeOrAlone() {
        IncidentForm form = form();
        form.setLatitude("95");

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("latitude").getCode()).isEqualTo("incident.form.latitudeRange");
        assertThat(errors.getFieldError("longitude").getCode()).isEqualTo("incident.form.bothCoordinates");
    }

    @Test
    void refusesACoordinateThatIsNoNumber() {
        IncidentForm form = form();
        form.setLatitude("52");
        form.setLongitude("east");

        assertThat(checks.read(form, Set.of(), errors)).isNull();
        assertThat(errors.getFieldError("longitude").getCode()).isEqualTo("incident.form.coordinateFormat");
    }

    private static IncidentForm form() {
        IncidentForm form = new IncidentForm();
        form.setKind(IncidentKind.values()[0]);
        form.setTitle("Drone over Pavlodar");
        form.setDate("2025-09-14");
        form.setRegion("KZ-55");
        form.setSources(new RecordRef[] {RecordRef.of(5L), null});
        return form;
    }
}
