package org.defencetracker.shared.web.api;

import java.util.List;
import org.defencetracker.shared.RecordRef;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/** Reads what JSON bodies share, and turns their errors into the API's 400 answer. */
public final class ApiInput {

    private ApiInput() {}

    /** Answers 400 with every rejected field when there is one. */
    public static void refuseIfInvalid(BindingResult errors) throws BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }

    /** The records a body names by their ids ({@code "sources": [3, 5]}), none when it names none. */
    public static List<RecordRef> refs(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().map(RecordRef::of).toList();
    }
}
