package org.defencetracker.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.defencetracker.shared.RecordRef;

/**
 * A body as typed by a person or read from a file, before it is checked: the editor's form, the API's input and the
 * bodies of a dump all are one. Bean validation reads the constraints declared here, {@link BodyChecks} makes the
 * rest of the checks, so every way in refuses the same input with the same messages.
 */
public interface BodyDraft {

    @NotNull
    BodyKind getKind();

    @NotBlank
    String getCountry();

    @NotBlank
    @Size(max = 300)
    String getNameEn();

    @Size(max = 300)
    String getNameRu();

    @Size(max = 300)
    String getNameKk();

    @Size(max = 40)
    String getAbbreviation();

    /** The body this one is part of, if any. */
    default RecordRef parent() {
        return null;
    }

    /** Where a refusal of a related record is told: the page picks {@code "parent"}, the API gives its id. */
    default String field(String picked) {
        return picked;
    }
}
