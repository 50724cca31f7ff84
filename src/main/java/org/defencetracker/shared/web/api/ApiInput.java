package org.defencetracker.shared.web.api;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/** Turns the errors of a JSON body into the API's 400 answer. */
public final class ApiInput {

    private ApiInput() {}

    /** Answers 400 with every rejected field when there is one. */
    public static void refuseIfInvalid(BindingResult errors) throws BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }
}
