// Repeated groups of a form (an act's stages, sources, duties): "Add a …" makes the new row at once, in the page.
// Without this script the same button posts the form back and the server draws it with one more row.
(function () {
    "use strict";

    function renumber(value, group, index) {
        return value
            .replace(new RegExp("^" + group + "\\[\\d+\\]"), group + "[" + index + "]")
            .replace(new RegExp("^" + group + "\\d+"), group + index);
    }

    function emptied(row, group, index) {
        var copy = row.cloneNode(true);
        copy.querySelectorAll(".field-error").forEach(function (error) {
            error.remove();
        });
        copy.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach(function (element) {
            ["name", "id", "for"].forEach(function (attribute) {
                var value = element.getAttribute(attribute);
                if (value) {
                    element.setAttribute(attribute, renumber(value, group, index));
                }
            });
            element.removeAttribute("aria-invalid");
            element.removeAttribute("aria-describedby");
            if (element.tagName === "SELECT") {
                element.selectedIndex = 0;
            } else if (element.type === "checkbox" || element.type === "radio") {
                element.checked = false;
            } else if ("value" in element && element.tagName !== "BUTTON") {
                element.value = "";
            }
        });
        copy.querySelectorAll("[data-count]").forEach(function (label) {
            label.textContent = label.textContent.replace(/\d+/, String(index + 1));
        });
        return copy;
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[name='addRow']");
        if (!button) {
            return;
        }
        var group = button.value;
        var rows = button.closest("fieldset").querySelectorAll("[data-row]");
        if (rows.length === 0) {
            return;
        }
        event.preventDefault();
        var last = rows[rows.length - 1];
        var copy = emptied(last, group, rows.length);
        last.after(copy);
        var first = copy.querySelector("input:not([type=hidden]), select, textarea");
        if (first) {
            first.focus();
        }
    });
})();
