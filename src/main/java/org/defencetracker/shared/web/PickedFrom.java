package org.defencetracker.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a form's {@link org.defencetracker.shared.RecordRef} (or an array or list of them) from a picker's text,
 * reading names among the {@link RecordChoices} of the kind given.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PickedFrom {

    /** The {@link RecordChoices#kind()} the text names a record of: "bodies", "sources", … */
    String value();
}
