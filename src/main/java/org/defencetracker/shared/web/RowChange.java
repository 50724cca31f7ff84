package org.defencetracker.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * A button of a repeated group of a form (an act's duties, the sources an incident cites): "Add a …" under the
 * group, or "Remove" beside a row. With the page's script the page changes at once; without it the button posts the
 * form back, and the controller draws it again with the row added or removed instead of saving it.
 *
 * @param addRow the group to add a row to ("duties")
 * @param removeRow the group and the index of the row to remove ("duties:2")
 */
public record RowChange(String addRow, String removeRow) {

    /** A form with repeated groups. */
    public interface Rows {

        /** Adds an empty row to the group; a group the form does not have is left alone. */
        void addRow(String group);

        /** Removes the row at the index from the group, where there is one. */
        void removeRow(String group, int index);
    }

    /** Whether the form was posted back for a row rather than to be saved. */
    public boolean asked() {
        return addRow != null || removeRow != null;
    }

    /** Changes the form's rows and has it drawn as typed, without the problems of a half-typed form. */
    public void applyTo(Rows form, Model model) {
        if (addRow != null) {
            form.addRow(addRow);
        } else if (removeRow.matches("[a-zA-Z]{1,40}:[0-9]{1,4}")) {
            int colon = removeRow.indexOf(':');
            form.removeRow(removeRow.substring(0, colon), Integer.parseInt(removeRow.substring(colon + 1)));
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
    }
}
