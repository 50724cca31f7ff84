package org.defencetracker.shared.web;

import java.beans.PropertyEditorSupport;
import org.defencetracker.shared.StorableText;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** What every form of every page is checked for, besides its own constraints, and how shared fields bind. */
@ControllerAdvice
class FormBinding {

    private final StorableText text;

    FormBinding(StorableText text) {
        this.text = text;
    }

    @InitBinder
    void checkText(WebDataBinder binder) {
        // The target may not exist yet (it can be built from the request), so only a known simple one is left out.
        if (binder.getTarget() == null || text.supports(binder.getTarget().getClass())) {
            binder.addValidators(text);
        }
    }

    /** A single source picker's text stays whole: source names often hold commas. */
    @InitBinder
    void keepSourcePickerTextsWhole(WebDataBinder binder) {
        if (SourcePickers.class.isAssignableFrom(targetClass(binder))) {
            binder.registerCustomEditor(String[].class, SourcePickers.GROUP, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(new String[] {text});
                }

                @Override
                public String getAsText() {
                    return getValue() instanceof String[] texts ? String.join("; ", texts) : "";
                }
            });
        }
    }

    /** The class of the object bound, also before it is built from the request; Object when unknown. */
    private static Class<?> targetClass(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget().getClass();
        }
        ResolvableType type = binder.getTargetType();
        return type == null ? Object.class : type.resolve(Object.class);
    }
}
