package org.defencetracker.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * "Add a …" under a repeated group of a form (an act's duties, the sources an incident cites). With the page's
 * script the row appears at once; without it the button posts the form back, and the controller draws it again with
 * one more row instead of saving it.
 */
public final class AddedRow {

    /** The name of the button; its value names the group. */
    public static final String PARAMETER = "addRow";

    private AddedRow() {}

    /** The form is drawn as typed, without the problems of a half-typed form, which would only be noise. */
    public static void withoutProblems(Object form, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
    }
}
