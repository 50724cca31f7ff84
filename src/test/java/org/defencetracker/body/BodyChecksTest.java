package org.defencetracker.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import org.defencetracker.body.web.BodyForm;
import org.defencetracker.shared.RecordRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class BodyChecksTest {

    private static final BodyView MINISTRY = body(1, null, "KZ", "Ministry of Defence");
    private static final BodyView AGENCY = body(2, 1L, "KZ", "Agency");
    private static final BodyView ABROAD = body(3, null, "UZ", "Ministry abroad");

    private final BodyService bodies = mock(BodyService.class);
    private final BodyChecks checks = new BodyChecks(bodies);
    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @BeforeEach
    void bodies() {
        for (BodyView b : List.of(MINISTRY, AGENCY, ABROAD)) {
            when(bodies.isListed(b.id())).thenReturn(true);
            when(bodies.get(b.id())).thenReturn(b);
        }
        when(bodies.lineage(1)).thenReturn(List.of(MINISTRY));
        when(bodies.lineage(2)).thenReturn(List.of(AGENCY, MINISTRY));
    }

    @Test
    void readsABodyWithItsParent() {
        BodyForm form = form("kz", RecordRef.of(1L));

        CreateBody command = checks.read(form, null, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(command.parentId()).isEqualTo(1L);
        assertThat(command.country()).isEqualTo("KZ");
    }

    @Test
    void refusesAnUnknownCountry() {
        assertThat(checks.read(form("QQ", null), null, errors)).isNull();
        assertThat(errors.getFieldError("country").getCode()).isEqualTo("country.unknown");
    }

    @Test
    void refusesAParentThatIsNotListed() {
        assertThat(checks.read(form("KZ", RecordRef.unknown("Nobody")), null, errors))
                .isNull();
        assertThat(errors.getFieldError("parent").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesTheBodyAsItsOwnParent() {
        assertThat(checks.read(form("KZ", RecordRef.of(1L)), 1L, errors)).isNull();
        assertThat(errors.getFieldError("parent").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesAParentInAnotherCountry() {
        assertThat(checks.read(form("KZ", RecordRef.of(3L)), null, errors)).isNull();
        assertThat(errors.getFieldError("parent").getCode()).isEqualTo("body.parentCountry");
    }

    @Test
    void refusesOneOfItsOwnPartsAsParent() {
        assertThat(checks.read(form("KZ", RecordRef.of(2L)), 1L, errors)).isNull();
        assertThat(errors.getFieldError("parent").getCode()).isEqualTo("body.parentCycle");
    }

    @Test
    void tellsARefusedParentWhereTheDraftNamesIt() {
        BodyForm form = new BodyForm() {
            @Override
            public String field(String picked) {
                return picked + "Id";
            }
        };
        form.setKind(BodyKind.AGENCY);
        form.setNameEn("Agency");
        form.setParent(RecordRef.of(99L));

        checks.read(form, null, errors);

        assertThat(errors.getFieldError("parentId").getCode()).isEqualTo("picker.unknown");
    }

    private static BodyForm form(String country, RecordRef parent) {
        BodyForm form = new BodyForm();
        form.setKind(BodyKind.AGENCY);
        form.setCountry(country);
        form.setNameEn("New agency");
        form.setParent(parent);
        return form;
    }

    private static BodyView body(long id, Long parentId, String country, String name) {
        return new BodyView(id, BodyKind.MINISTRY, parentId, country, name, null, null, null, 0, false);
    }
}
