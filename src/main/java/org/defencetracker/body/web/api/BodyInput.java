package org.defencetracker.body.web.api;

import org.defencetracker.body.BodyDraft;
import org.defencetracker.body.BodyKind;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.api.ApiWrites;

/**
 * A body as the API reads it, checked by the same rules as the page's form; the parent is named by its id, the
 * country is Kazakhstan unless given. {@code version} is the one read, required for an update.
 */
record BodyInput(
        BodyKind kind,
        Long parentId,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String abbreviation,
        Long version)
        implements BodyDraft, ApiWrites.Versioned {

    @Override
    public BodyKind getKind() {
        return kind;
    }

    @Override
    public RecordRef parent() {
        return RecordRef.of(parentId);
    }

    /** The API names the parent by its id: {@code "parentId"}. */
    @Override
    public String field(String picked) {
        return picked + "Id";
    }

    @Override
    public String getCountry() {
        return country == null ? "KZ" : country;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    @Override
    public String getNameRu() {
        return nameRu;
    }

    @Override
    public String getNameKk() {
        return nameKk;
    }

    @Override
    public String getAbbreviation() {
        return abbreviation;
    }
}
