package org.defencetracker.timeline.web;

import java.util.Objects;

/** A region's administrative centre, drawn as a labelled reference point because no region outlines are shipped. */
record RegionCentre(String code, String name, double latitude, double longitude) {

    RegionCentre {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
