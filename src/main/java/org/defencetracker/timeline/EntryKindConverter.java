package org.defencetracker.timeline;

import org.defencetracker.shared.ParameterConverter;
import org.springframework.stereotype.Component;

/** Reads a kind of entry in any case ("incident", "INCIDENT"). */
@Component
class EntryKindConverter extends ParameterConverter<EntryKind> {

    EntryKindConverter() {
        super("error.parameter.kind", constants(EntryKind.class));
    }
}
