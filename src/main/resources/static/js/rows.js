// Repeated groups of a form (an act's stages, sources and duties, the sources an incident cites): "Add a …" makes
// the new row at once, and "Remove" takes a row away, in the page. Without this script the same buttons post the
// form back, and the server draws it again with the row added or removed.
(function () {
    "use strict";

    function renumber(value, group, index) {
        return value
            .replace(new RegExp("^" + group + "\\[\\d+\\]"), group + "[" + index + "]")
            .replace(new RegExp("^" + group + "\\d+"), group + index);
    }

    /** The index the row's fields carry in their names or ids ("duties[2].duty", "sources2"). */
    function indexOf(row, group) {
        var pattern = new RegExp("^" + group + "\\[?(\\d+)");
        var found = -1;
        row.querySelectorAll("[name], [id]").forEach(function (element) {
            var match = pattern.exec(element.getAttribute("name") || "") || pattern.exec(element.id || "");
            if (match) {
                found = Math.max(found, Number(match[1]));
            }
        });
        return found;
    }

    /** A new row has no problem yet: its fields keep their hints, renumbered, and lose their problems' ids. */
    function describeAnew(element, group, index) {
        var described = element.getAttribute("aria-describedby");
        if (!described) {
            return;
        }
        var kept = described.split(/\s+/).filter(function (id) {
            return id && !/-error$/.test(id);
        }).map(function (id) {
            return renumber(id, group, index);
        });
        if (kept.length > 0) {
            element.setAttribute("aria-describedby", kept.join(" "));
        } else {
            element.removeAttribute("aria-describedby");
        }
    }

    function emptied(row, group, index, count) {
        var copy = row.cloneNode(true);
        copy.querySelectorAll(".field-error").forEach(function (error) {
            error.remove();
        });
        copy.querySelectorAll("[name], [id], [for]").forEach(function (element) {
            ["name", "id", "for"].forEach(function (attribute) {
                var value = element.getAttribute(attribute);
                if (value) {
                    element.setAttribute(attribute, renumber(value, group, index));
                }
            });
            element.removeAttribute("aria-invalid");
            describeAnew(element, group, index);
            if (element.name === "removeRow") {
                element.value = group + ":" + index;
            } else if (element.tagName === "SELECT") {
                element.selectedIndex = 0;
            } else if (element.type === "checkbox" || element.type === "radio") {
                element.checked = false;
            } else if ("value" in element && element.tagName !== "BUTTON") {
                element.value = "";
            }
        });
        copy.querySelectorAll("[data-count]").forEach(function (label) {
            label.textContent = label.textContent.replace(/\d+/, String(count));
        });
        copy.querySelectorAll("button[name='removeRow'][aria-label]").forEach(function (button) {
            button.setAttribute("aria-label", button.getAttribute("aria-label").replace(/\d+/, String(count)));
        });
        return copy;
    }

    function add(button) {
        var group = button.value;
        var rows = button.closest("fieldset").querySelectorAll("[data-row]");
        if (rows.length === 0) {
            return false;
        }
        var next = 0;
        rows.forEach(function (row) {
            next = Math.max(next, indexOf(row, group) + 1);
        });
        var last = rows[rows.length - 1];
        var copy = emptied(last, group, next, rows.length + 1);
        last.after(copy);
        var first = copy.querySelector("input:not([type=hidden]), select, textarea");
        if (first) {
            first.focus();
        }
        return true;
    }

    function remove(button) {
        var row = button.closest("[data-row]");
        var group = row.closest("fieldset");
        if (group.querySelectorAll("[data-row]").length === 1) {
            // The last row stays, emptied, so that the group can still grow.
            row.querySelectorAll("input:not([type=hidden]), textarea").forEach(function (field) {
                field.value = "";
            });
            return true;
        }
        var focus = group.querySelector("button[name='addRow']");
        row.remove();
        if (focus) {
            focus.focus();
        }
        return true;
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("button[name='addRow'], button[name='removeRow']");
        if (!button) {
            return;
        }
        var done = button.name === "addRow" ? add(button) : remove(button);
        if (done) {
            event.preventDefault();
        }
    });
})();
