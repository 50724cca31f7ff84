package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.ParameterRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The timeline's query parameters bound as the web layer binds them, without starting it. */
class TimelineQueryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-20T12:00:00Z"), ZoneId.of("Asia/Almaty"));

    @Test
    void bindsEveryParameterToItsType() {
        TimelineQuery query = bind(Map.of(
                "from", "2025-06-01",
                "to", "2025-09-30",
                "kind", "incident,STATEMENT",
                "body", "12",
                "region", " KZ-11 ",
                "origin", "ru",
                "attribution", "confirmed",
                "q", "  drone  ",
                "before", "2025-09-14.42",
                "size", "20"));

        TimelineFilter filter = query.filter(CLOCK);
        assertThat(filter)
                .isEqualTo(new TimelineFilter(
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 9, 30),
                        Set.of(EntryKind.INCIDENT, EntryKind.STATEMENT),
                        12L,
                        "KZ-11",
                        "RU",
                        "CONFIRMED",
                        "drone"));
        assertThat(query.olderThan()).isEqualTo(new TimelineCursor(LocalDate.of(2025, 9, 14), 42));
        assertThat(query.pageSize()).isEqualTo(20);
    }

    @Test
    void readsEmptyParametersAsNotGiven() {
        TimelineQuery query = bind(Map.of("from", "", "kind", "", "body", "", "region", "", "before", "", "size", ""));

        assertThat(query.filter(CLOCK)).isEqualTo(TimelineFilter.NONE);
        assertThat(query.olderThan()).isNull();
        assertThat(query.pageSize()).isEqualTo(TimelineQuery.DEFAULT_SIZE);
    }

    @Test
    void jumpsToADateThroughTheCursorOfTheDayAfter() {
        assertThat(bind(Map.of("at", "2025-07-01")).olderThan())
                .isEqualTo(new TimelineCursor(LocalDate.of(2025, 7, 2), 0));
        assertThat(bind(Map.of("at", "2025-07-01", "after", "2025-01-01.3")).olderThan())
                .isNull();
    }

    @Test
    void asksForTheTimelineAsRecordedAtTheEndOfADayInTheClocksZone() {
        TimelineFilter filter = bind(Map.of("recordedOn", "2025-09-14")).filter(CLOCK);

        assertThat(filter.recordedAt()).isEqualTo(Instant.parse("2025-09-14T19:00:00Z"));
        assertThatThrownBy(() -> bind(Map.of("recordedOn", "2025-09-21")).filter(CLOCK))
                .isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
                    assertThat(refused.parameter()).isEqualTo("recordedOn");
                    assertThat(refused.reason()).isEqualTo("error.parameter.future");
                });
    }

    @Test
    void asksForTheTimelineAsRecordedAtTheEndOfAMinuteInTheClocksZone() {
        // The clock reads 17:00 in Almaty (UTC+5).
        TimelineFilter filter = bind(Map.of("recordedOn", "2025-09-20T10:30")).filter(CLOCK);

        assertThat(filter.recordedAt()).isEqualTo(Instant.parse("2025-09-20T05:31:00Z"));
        assertThat(bind(Map.of("recordedOn", "2025-09-20T17:00")).filter(CLOCK).recordedAt())
                .isEqualTo(Instant.parse("2025-09-20T12:01:00Z"));
        assertThatThrownBy(() -> bind(Map.of("recordedOn", "2025-09-20T17:01")).filter(CLOCK))
                .isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
                    assertThat(refused.parameter()).isEqualTo("recordedOn");
                    assertThat(refused.value()).isEqualTo("2025-09-20T17:01");
                    assertThat(refused.reason()).isEqualTo("error.parameter.future");
                });
        for (String bad : new String[] {"2025-09-20T24:00", "2025-02-30T10:00", "2025-09-20 10:30", "2025-09-20T10"}) {
            assertThat(refusal(Map.of("recordedOn", bad)).reason()).as(bad).isEqualTo("error.parameter.recordedOn");
        }
    }

    @Test
    void refusesEachUnusableParameterWithItsNameAndReason() {
        Map<String, String> reasons = Map.ofEntries(
                Map.entry("from=2025-13-01", "error.parameter.date"),
                Map.entry("to=2025-01-01", "error.parameter.range"),
                Map.entry("kind=FOO", "error.parameter.kind"),
                Map.entry("body=ministry", "error.parameter.number"),
                Map.entry("region=somewhere", "error.parameter.region"),
                Map.entry("origin=XX", "error.parameter.country"),
                Map.entry("attribution=SURE", "error.parameter.attribution"),
                Map.entry("q=" + "a".repeat(201), "error.parameter.length"),
                Map.entry("before=garbage", "error.parameter.cursor"),
                Map.entry("size=abc", "error.parameter.size"),
                Map.entry("size=201", "error.parameter.size"),
                Map.entry("at=soon", "error.parameter.date"),
                Map.entry("recordedOn=yesterday", "error.parameter.recordedOn"));
        reasons.forEach((parameter, reason) -> {
            String name = parameter.substring(0, parameter.indexOf('='));
            String value = parameter.substring(parameter.indexOf('=') + 1);
            // "to" is refused for coming before "from".
            Map<String, String> given =
                    name.equals("to") ? Map.of("from", "2025-09-01", "to", value) : Map.of(name, value);

            InvalidParameterException refused = refusal(given);

            assertThat(refused.parameter()).as(parameter).isEqualTo(name);
            assertThat(refused.reason()).as(parameter).isEqualTo(reason);
        });
    }

    @Test
    void namesTheFirstUnusableParameterInTheOrderOfTheQuery() {
        InvalidParameterException refused = refusal(Map.of("size", "0", "kind", "FOO", "from", "soon"));

        assertThat(refused.parameter()).isEqualTo("from");
        assertThat(refused.value()).isEqualTo("soon");
    }

    private static TimelineQuery bind(Map<String, String> parameters) {
        DataBinder binder = binder(parameters);
        assertThat(binder.getBindingResult().getAllErrors()).isEmpty();
        return (TimelineQuery) binder.getTarget();
    }

    private static InvalidParameterException refusal(Map<String, String> parameters) {
        DataBinder binder = binder(parameters);
        assertThat(binder.getBindingResult().hasErrors())
                .as("errors of %s", parameters)
                .isTrue();
        return ParameterRefusal.of(binder.getBindingResult(), TimelineQuery.class);
    }

    private static DataBinder binder(Map<String, String> parameters) {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addConverter(new TimelineCursorConverter());
        conversions.addConverter(new EntryKindConverter());
        conversions.addConverter(new RecordedOnConverter());
        DataBinder binder = new DataBinder(null, "timelineQuery");
        binder.setTargetType(ResolvableType.forClass(TimelineQuery.class));
        binder.setConversionService(conversions);
        binder.setValidator(new SpringValidatorAdapter(
                Validation.buildDefaultValidatorFactory().getValidator()));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return parameters.get(name);
            }

            @Override
            public Set<String> getNames() {
                return parameters.keySet();
            }
        });
        if (binder.getTarget() != null) {
            binder.validate();
        }
        return binder;
    }
}
