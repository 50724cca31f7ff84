package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class RecordRefTest {

    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @Test
    void nothingNamedIsNoChoiceAndNoRefusal() {
        assertThat(RecordRef.chosen((RecordRef) null, id -> true, "parent", errors))
                .isNull();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aRecordThatMayBeChosenIsChosen() {
        assertThat(RecordRef.chosen(RecordRef.of(4L), id -> id == 4, "parent", errors))
                .isEqualTo(4L);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void refusesTextThatNamedNoRecord() {
        assertThat(RecordRef.chosen(RecordRef.unknown("Nobody"), id -> true, "parent", errors))
                .isNull();
        assertThat(errors.getFieldError("parent").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesARecordThatMayNotBeChosenHere() {
        assertThat(RecordRef.chosen(RecordRef.of(4L), id -> false, "parentId", errors))
                .isNull();
        assertThat(errors.getFieldError("parentId").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void choosesEachRecordOnceInTheOrderGivenSkippingEmptyPickers() {
        List<RecordRef> refs = Arrays.asList(RecordRef.of(3L), null, RecordRef.of(1L), RecordRef.of(3L));

        assertThat(RecordRef.chosen(refs, id -> true, "sources", errors)).containsExactly(3L, 1L);
    }

    @Test
    void oneUnknownAmongSeveralRefusesTheFieldOnce() {
        List<RecordRef> refs = List.of(RecordRef.of(3L), RecordRef.unknown("x"), RecordRef.unknown("y"));

        assertThat(RecordRef.chosen(refs, id -> true, "sources", errors)).isEmpty();
        assertThat(errors.getFieldErrorCount("sources")).isEqualTo(1);
    }

    @Test
    void unstorableTextIsRefusedAtThePickerOnlyWhereItNamedNoRecord() {
        Picked picked = new Picked(RecordRef.unknown("Nobody\u0000"), new RecordRef(4L, "Somebody\u0083 · #4"));
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(picked, "form");

        new StorableText().validate(picked, result);

        assertThat(result.getFieldError("unknown").getCode()).isEqualTo(StorableText.CODE);
        assertThat(result.getFieldErrorCount()).isEqualTo(1);
    }

    /** A form with two pickers. */
    public static class Picked {

        private final RecordRef unknown;
        private final RecordRef known;

        Picked(RecordRef unknown, RecordRef known) {
            this.unknown = unknown;
            this.known = known;
        }

        public RecordRef getUnknown() {
            return unknown;
        }

        public RecordRef getKnown() {
            return known;
        }
    }
}
