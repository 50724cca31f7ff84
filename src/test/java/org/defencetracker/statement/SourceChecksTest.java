package org.defencetracker.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.web.SourceForm;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class SourceChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);

    private final SourceChecks checks = new SourceChecks(CLOCK);
    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @Test
    void readsASource() {
        CreateSource command = checks.read(form(" https://gov.kz/news/1 ", "2025-09-14"), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(command.url()).isEqualTo("https://gov.kz/news/1");
        assertThat(command.published().precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void readsASourceWithoutAddressOrDate() {
        assertThat(checks.read(form(" ", ""), errors)).isNotNull();
    }

    @Test
    void refusesAnAddressNoReaderCanOpen() {
        assertThat(checks.read(form("gov.kz/news", null), errors)).isNull();
        assertThat(errors.getFieldError("url").getCode()).isEqualTo("source.form.urlFormat");
    }

    @Test
    void refusesADateToCome() {
        assertThat(checks.read(form(null, "2026-01-01"), errors)).isNull();
        assertThat(errors.hasFieldErrors("date")).isTrue();
    }

    private static SourceForm form(String url, String date) {
        SourceForm form = new SourceForm();
        form.setPublisher("Ministry of Defence");
        form.setTitle("Statement");
        form.setUrl(url);
        form.setDate(date);
        form.setPrecision(null);
        return form;
    }
}
