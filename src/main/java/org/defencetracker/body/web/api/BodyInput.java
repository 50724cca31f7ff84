package org.defencetracker.body.web.api;

import org.defencetracker.body.BodyKind;
import org.defencetracker.body.web.BodyForm;

/**
 * A body as the API reads it, with the fields of the page's form; the parent is named by its id. {@code version}
 * is the one read, required for an update.
 */
record BodyInput(
        BodyKind kind,
        Long parentId,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String abbreviation,
        Long version) {

    BodyForm form() {
        BodyForm form = new BodyForm();
        form.setKind(kind);
        form.setParent(parentId == null ? null : "#" + parentId);
        form.setCountry(country == null ? "KZ" : country);
        form.setNameEn(nameEn);
        form.setNameRu(nameRu);
        form.setNameKk(nameKk);
        form.setAbbreviation(abbreviation);
        form.setVersion(version);
        return form;
    }
}
