package org.defencetracker.search;

import org.defencetracker.shared.ParameterConverter;
import org.springframework.stereotype.Component;

/** Reads a kind of record as addresses write it ("act"). */
@Component
class SearchKindConverter extends ParameterConverter<SearchKind> {

    SearchKindConverter() {
        super("error.parameter.searchKind", SearchKind::parse);
    }
}
