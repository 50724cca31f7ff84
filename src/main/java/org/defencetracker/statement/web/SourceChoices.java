package org.defencetracker.statement.web;

import java.util.Map;
import java.util.Set;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;

/** The sources a picker offers by name: those in the lists. */
@Component
class SourceChoices implements RecordChoices {

    private final SourceService sources;

    SourceChoices(SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String kind() {
        return SOURCES;
    }

    @Override
    public Map<Long, String> choices() {
        return sources.choices(Set.of());
    }
}
