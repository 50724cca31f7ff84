package org.defencetracker.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.defencetracker.shared.DatePrecision;

/**
 * A source as typed by a person or read from a file, before it is checked: the editor's form and the source
 * columns of an import both are one. Bean validation reads the constraints declared here, {@link SourceChecks}
 * makes the rest of the checks.
 */
public interface SourceDraft {

    @NotBlank
    @Size(max = 200)
    String getPublisher();

    @NotBlank
    @Size(max = 500)
    String getTitle();

    @Size(max = 2000)
    String getUrl();

    /** "2025-09-14", "2025-09", "2025" or empty. */
    @Size(max = 20)
    String getDate();

    /** How precisely the date is known; null means as precisely as it is written. */
    DatePrecision getPrecision();

    @Size(max = 1000)
    String getNote();
}
