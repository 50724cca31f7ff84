package org.defencetracker.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.defencetracker.shared.DatePrecision;

/**
 * A statement as typed by a person or read from a file, before it is checked: the editor's form and the statements
 * of a dump both are one. Bean validation reads the constraints declared here, {@link StatementChecks} makes the
 * rest of the checks, so every way in refuses the same input with the same messages.
 */
public interface StatementDraft {

    /** "2025-09-14", "2025-09" or "2025". */
    @Size(max = 20)
    String getDate();

    /** How precisely the date is known; null means to the day. */
    DatePrecision getPrecision();

    boolean isApproximate();

    @NotNull
    ActorType getActorType();

    @Size(max = 300)
    String getActorName();

    @Size(max = 2)
    String getActorCountry();

    @NotNull
    Stance getStance();

    @Size(max = 2)
    String getClaimedOrigin();

    @NotBlank
    @Size(max = 2000)
    String getText();

    boolean isQuote();
}
