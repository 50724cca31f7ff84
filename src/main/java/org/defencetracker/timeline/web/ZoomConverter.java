package org.defencetracker.timeline.web;

import org.defencetracker.shared.ParameterConverter;
import org.springframework.stereotype.Component;

/** Reads a zoom in any case ("month", "MONTH"). */
@Component
class ZoomConverter extends ParameterConverter<Zoom> {

    ZoomConverter() {
        super("error.parameter.zoom", constants(Zoom.class));
    }
}
