package org.defencetracker.shared;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Query parameters bound to a typed query (a record of the parameters) and refused, turned into the
 * {@link InvalidParameterException} that the error pages and the API's problem details answer: the first parameter
 * in the record's order that cannot be used, what was given, and the message key of the reason.
 *
 * <p>Constraints on such a record carry a message key as their message. A value that does not convert is refused
 * with the reason its converter gave (by throwing an {@link InvalidParameterException}); a number or a date that
 * no converter of ours reads is refused with the reason of its field's constraint, or as not a number or date.
 */
public final class ParameterRefusal {

    /** How much of a given value a refusal shows. */
    static final int SHOWN = 40;

    private ParameterRefusal() {}

    public static InvalidParameterException of(BindingResult result, Class<?> query) {
        for (String name : order(query, result)) {
            FieldError error = result.getFieldError(name);
            if (error != null) {
                String reason = error.isBindingFailure()
                        ? statedReason(error.contains(Throwable.class) ? error.unwrap(Throwable.class) : null)
                                .orElseGet(() -> typeReason(query, name))
                        : error.getDefaultMessage();
                return new InvalidParameterException(name, shown(error.getRejectedValue()), reason);
            }
        }
        return new InvalidParameterException(null, null, "error.parameter.format");
    }

    /** The reason a converter gave for refusing a value, somewhere among the causes of the failure. */
    public static Optional<String> statedReason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException refused) {
                return Optional.of(refused.reason());
            }
        }
        return Optional.empty();
    }

    /** The fields in the order of the record's components, then any the result names besides. */
    private static Iterable<String> order(Class<?> query, BindingResult result) {
        Set<String> names = new LinkedHashSet<>();
        if (query.isRecord()) {
            for (RecordComponent component : query.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        result.getFieldErrors().forEach(error -> names.add(error.getField()));
        return names;
    }

    private static String typeReason(Class<?> query, String name) {
        Field field;
        try {
            field = query.getDeclaredField(name);
        } catch (NoSuchFieldException ex) {
            return "error.parameter.format";
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                try {
                    return (String)
                            annotation.annotationType().getMethod("message").invoke(annotation);
                } catch (ReflectiveOperationException ex) {
                    // Every constraint has a message; one that cannot be read says nothing.
                }
            }
        }
        if (Number.class.isAssignableFrom(field.getType())) {
            return "error.parameter.number";
        }
        return Temporal.class.isAssignableFrom(field.getType()) ? "error.parameter.date" : "error.parameter.format";
    }

    /** The value as given, shortened, and not shown at all when it holds control characters. */
    static String shown(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof String[] values ? String.join(",", values) : value.toString();
        if (text.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
