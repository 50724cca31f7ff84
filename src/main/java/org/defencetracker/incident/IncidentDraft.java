package org.defencetracker.incident;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;

/**
 * An incident as typed by a person or read from a file, before it is checked: the editor's form, the API's input
 * and the rows of an import all are one. Bean validation reads the constraints declared here, and {@link IncidentChecks} makes the
 * rest of the checks, so every way in refuses the same input with the same messages.
 */
public interface IncidentDraft {

    @NotNull
    IncidentKind getKind();

    @NotBlank
    @Size(max = 300)
    String getTitle();

    /** "2025-09-14", "2025-09" or "2025". */
    @Size(max = 20)
    String getDate();

    /** How precisely the date is known; null means as precisely as it is written. */
    DatePrecision getPrecision();

    boolean isApproximate();

    @NotBlank
    @Size(max = 2)
    String getCountry();

    /** An ISO 3166-2 code of the region table, such as KZ-55, or empty. */
    @Size(max = 8)
    String getRegion();

    @Size(max = 300)
    String getPlace();

    /** Degrees as text, so that a mistyped number is reported rather than lost. */
    @Size(max = 30)
    String getLatitude();

    @Size(max = 30)
    String getLongitude();

    @NotNull
    GeoPrecision getGeoPrecision();

    @Min(1)
    Integer getObjectsCount();

    @Size(max = 300)
    String getObjectsNote();

    @NotNull
    IncidentResponse getResponse();

    @Size(max = 10000)
    String getDescription();

    @Size(max = 300)
    String getTitleRu();

    @Size(max = 300)
    String getTitleKk();

    @Size(max = 10000)
    String getDescriptionRu();

    @Size(max = 10000)
    String getDescriptionKk();

    /** The sources cited; empty pickers are null. */
    default List<RecordRef> citedSources() {
        return List.of();
    }
}
