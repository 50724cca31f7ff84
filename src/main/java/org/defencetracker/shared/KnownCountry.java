package org.defencetracker.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code as stored ("RU"); no value at all is valid too. */
@Documented
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = KnownCountry.Check.class)
public @interface KnownCountry {

    /** The message key of the refusal. */
    String message() default "error.parameter.country";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code against the known countries. */
    class Check implements ConstraintValidator<KnownCountry, String> {

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || Countries.isKnown(code);
        }
    }
}
