package org.defencetracker.shared.web.api;

import java.util.Map;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Turns the errors of a JSON body into the API's 400 answer. */
public final class ApiInput {

    private ApiInput() {}

    /** Answers 400 with every rejected field when there is one. */
    public static void refuseIfInvalid(BindingResult errors) throws BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }

    /**
     * Answers 400 with every rejected field when there is one, each named as the JSON body names it: the page's
     * pickers take a record's name, the API its id ({@code "parent"} becomes {@code "parentId"}, and
     * {@code "stages[0].body"} {@code "stages[0].bodyId"}, say). The messages stay those of the form.
     */
    public static void refuseIfInvalid(BindingResult errors, Map<String, String> jsonNames) throws BindException {
        if (!errors.hasErrors()) {
            return;
        }
        BindingResult named = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        for (ObjectError error : errors.getAllErrors()) {
            if (error instanceof FieldError field) {
                named.addError(new FieldError(
                        field.getObjectName(),
                        jsonName(field.getField(), jsonNames),
                        field.getRejectedValue(),
                        field.isBindingFailure(),
                        field.getCodes(),
                        field.getArguments(),
                        field.getDefaultMessage()));
            } else {
                named.addError(error);
            }
        }
        throw new BindException(named);
    }

    /** The field's path with its last part renamed where {@code jsonNames} says so. */
    private static String jsonName(String field, Map<String, String> jsonNames) {
        int dot = field.lastIndexOf('.');
        String last = field.substring(dot + 1);
        return jsonNames.containsKey(last) ? field.substring(0, dot + 1) + jsonNames.get(last) : field;
    }
}
