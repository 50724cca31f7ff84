package org.defencetracker.shared.web.api;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a form filled from a JSON body with the bean validation of the page's form. The errors are named after
 * the page's form object, so that the same messages answer both.
 */
@Component
public class ApiInput {

    private final SpringValidatorAdapter validator;

    ApiInput(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    public BindingResult validate(Object form) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        return errors;
    }

    /** Answers 400 with every rejected field when there is one. */
    public static void refuseIfInvalid(BindingResult errors) throws BindException {
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }
}
