package org.defencetracker.shared;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks an input that was not bound by a web request (a JSON body, an imported row) with its bean validation and
 * the storable-text rule, naming the errors after the object {@code "form"} so that the same messages answer all.
 */
@Component
public class InputValidator {

    private final SpringValidatorAdapter validator;
    private final StorableText text;

    InputValidator(jakarta.validation.Validator validator, StorableText text) {
        this.validator = new SpringValidatorAdapter(validator);
        this.text = text;
    }

    public BindingResult validate(Object input) {
        BindingResult errors = new BeanPropertyBindingResult(input, "form");
        validator.validate(input, errors);
        text.validate(input, errors);
        return errors;
    }
}
