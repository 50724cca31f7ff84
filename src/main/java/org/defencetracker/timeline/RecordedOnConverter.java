package org.defencetracker.timeline;

import org.defencetracker.shared.ParameterConverter;
import org.springframework.stereotype.Component;

/** Reads the day or minute the timeline is shown as recorded at ("2025-09-14", "2025-09-14T10:30"). */
@Component
class RecordedOnConverter extends ParameterConverter<RecordedOn> {

    RecordedOnConverter() {
        super("error.parameter.recordedOn", RecordedOn::parse);
    }
}
