package org.defencetracker.shared.map;

import java.util.Objects;

/** A region's administrative centre, drawn as a labelled reference point because no region outlines are shipped. */
public record RegionCentre(String code, String name, double latitude, double longitude) {

    public RegionCentre {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
