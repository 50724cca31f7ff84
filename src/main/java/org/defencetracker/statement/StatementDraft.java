package org.defencetracker.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;

/**
 * A statement as typed by a person or read from a file, before it is checked: the editor's form, the API's input
 * and the statements of a dump all are one. Bean validation reads the constraints declared here, {@link StatementChecks} makes the
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

    /** The body that made the statement, when it is one; otherwise the actor is named. */
    default RecordRef actorBody() {
        return null;
    }

    /** The incident the statement is about, if that is its subject. */
    default RecordRef incident() {
        return null;
    }

    /** The act the statement is about, if that is its subject. */
    default RecordRef act() {
        return null;
    }

    /** The sources cited; empty pickers are null. */
    default List<RecordRef> citedSources() {
        return List.of();
    }

    /**
     * Where a refusal of a related record is told: the page picks {@code "actorBody"}, {@code "incident"} and
     * {@code "act"}, the API gives their ids.
     */
    default String field(String picked) {
        return picked;
    }
}
