package org.defencetracker.statement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;

/** The sources a picker offers by name: the newest in the lists at first, any in the lists as the editor types. */
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

    @Override
    public Map<Long, String> matching(String text, int limit) {
        return sources.matching(text, limit);
    }

    @Override
    public Map<Long, String> named(String text) {
        Map<Long, String> found = new LinkedHashMap<>();
        sources.named(text).ifPresent(id -> found.put(id, text.strip()));
        return found;
    }
}
