package org.defencetracker.statement;

import java.util.Map;
import java.util.Optional;

/**
 * What a statement can be about, for the statement form's pickers. The incidents and acts modules depend on this
 * one, so each implements the part it knows (the other part keeps its default of none), and the form asks every
 * implementation there is.
 */
public interface StatementSubjects {

    /** Incidents offered in the picker, newest first: id → name. */
    default Map<Long, String> incidents() {
        return Map.of();
    }

    /** The name of any incident a statement may be about, offered or not. */
    default Optional<String> incident(long id) {
        return Optional.empty();
    }

    /** Acts offered in the picker: id → name. */
    default Map<Long, String> acts() {
        return Map.of();
    }

    /** The name of any act a statement may be about, offered or not. */
    default Optional<String> act(long id) {
        return Optional.empty();
    }
}
