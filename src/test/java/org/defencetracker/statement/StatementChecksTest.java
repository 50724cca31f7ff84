package org.defencetracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.statement.web.StatementForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class StatementChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);

    private final BodyService bodies = mock(BodyService.class);
    private final SourceService sources = mock(SourceService.class);

    @SuppressWarnings("unchecked")
    private final ObjectProvider<StatementSubjects> subjects = mock(ObjectProvider.class);

    private final StatementChecks checks = new StatementChecks(CLOCK, bodies, sources, subjects);
    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @BeforeEach
    void records() {
        BodyView ministry = new BodyView(1, BodyKind.MINISTRY, null, "KZ", "Ministry", null, null, null, 0, false);
        when(bodies.isListed(ministry.id())).thenReturn(true);
        when(bodies.offered()).thenReturn(Map.of(ministry.id(), ministry.nameEn()));
        when(sources.citable(any(), any())).thenReturn(Set.of(5L));
        StatementSubjects offered = new StatementSubjects() {
            @Override
            public Map<Long, String> incidents() {
                return Map.of(7L, "Drone over Pavlodar");
            }

            @Override
            public Optional<String> incident(long id) {
                return id == 7 ? Optional.of("Drone over Pavlodar") : Optional.empty();
            }

            @Override
            public Optional<String> act(long id) {
                return id == 3 ? Optional.of("Decree 3") : Optional.empty();
            }
        };
        when(subjects.orderedStream()).thenAnswer(call -> Stream.of(offered));
    }

    @Test
    void readsAStatementByABodyAboutAnIncident() {
        RecordStatement command = checks.read(form(), null, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(command.actorBodyId()).isEqualTo(1L);
        assertThat(command.incidentId()).isEqualTo(7L);
        assertThat(command.sourceIds()).containsExactly(5L);
    }

    @Test
    void refusesAnUnknownActorBody() {
        StatementForm form = form();
        form.setActorBody(RecordRef.unknown("No such body"));

        assertThat(checks.read(form, null, errors)).isNull();
        assertThat(errors.getFieldError("actorBody").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesAnActorNeitherNamedNorChosen() {
        StatementForm form = form();
        form.setActorBody(null);

        assertThat(checks.read(form, null, errors)).isNull();
        assertThat(errors.getFieldError("actorName").getCode()).isEqualTo("statement.form.actorRequired");
    }

    @Test
    void refusesTwoSubjectsOrNone() {
        StatementForm both = form();
        both.setAct(RecordRef.of(3L));
        checks.read(both, null, errors);
        assertThat(errors.getFieldError("incident").getCode()).isEqualTo("statement.form.subjectBoth");

        Errors none = new MapBindingResult(new HashMap<>(), "form");
        StatementForm form = form();
        form.setIncident(null);
        checks.read(form, null, none);
        assertThat(none.getFieldError("incident").getCode()).isEqualTo("statement.form.subjectRequired");
    }

    @Test
    void refusesASubjectThatDoesNotExist() {
        StatementForm form = form();
        form.setIncident(RecordRef.of(99L));

        assertThat(checks.read(form, null, errors)).isNull();
        assertThat(errors.getFieldError("incident").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesUnknownOrMissingSources() {
        StatementForm unknown = form();
        unknown.setSources(new RecordRef[] {RecordRef.unknown("Nonexistent source")});
        checks.read(unknown, null, errors);
        assertThat(errors.getFieldError("sources").getCode()).isEqualTo("picker.unknown");

        Errors none = new MapBindingResult(new HashMap<>(), "form");
        StatementForm form = form();
        form.setSources(new RecordRef[0]);
        checks.read(form, null, none);
        assertThat(none.getFieldError("sources").getCode()).isEqualTo("statement.form.sourcesRequired");
    }

    @Test
    void refusesUnknownCountriesAndADateToCome() {
        StatementForm form = form();
        form.setActorCountry("QQ");
        form.setDate("2025-10-02");

        assertThat(checks.read(form, null, errors)).isNull();
        assertThat(errors.getFieldError("actorCountry").getCode()).isEqualTo("country.unknown");
        assertThat(errors.hasFieldErrors("date")).isTrue();
    }

    private static StatementForm form() {
        StatementForm form = new StatementForm();
        form.setDate("2025-09-14");
        form.setActorType(ActorType.values()[0]);
        form.setActorBody(RecordRef.of(1L));
        form.setStance(Stance.values()[0]);
        form.setText("We saw it.");
        form.setIncident(RecordRef.of(7L));
        form.setSources(new RecordRef[] {RecordRef.of(5L)});
        return form;
    }
}
