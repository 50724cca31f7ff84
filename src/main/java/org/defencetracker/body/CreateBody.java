package org.defencetracker.body;

import java.util.Objects;

/** Adds a government body; {@code parentId} places a committee under its chamber, a force under its ministry. */
public record CreateBody(
        BodyKind kind,
        Long parentId,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String abbreviation) {

    public CreateBody {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        if (nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a body needs an English name");
        }
    }
}
