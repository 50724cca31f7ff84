package org.defencetracker.shared.web;

import org.defencetracker.shared.StorableText;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** What every form of every page is checked for, besides its own constraints. */
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
}
