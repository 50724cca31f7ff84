package org.defencetracker.timeline;

import org.defencetracker.shared.ParameterConverter;
import org.springframework.stereotype.Component;

/** Reads a cursor written into an address ("2025-09-14.42"). */
@Component
class TimelineCursorConverter extends ParameterConverter<TimelineCursor> {

    TimelineCursorConverter() {
        super("error.parameter.cursor", TimelineCursor::parse);
    }
}
