package org.defencetracker.act;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.defencetracker.statement.StatementSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers acts to the statement form: those in the lists, and any one by its number. */
@Component
@Transactional(readOnly = true)
class ActSubjects implements StatementSubjects {

    private final ActRepository acts;

    ActSubjects(ActRepository acts) {
        this.acts = acts;
    }

    @Override
    public Map<Long, String> acts() {
        Map<Long, String> offered = new LinkedHashMap<>();
        acts.findAllNewestFirst().forEach(a -> offered.put(a.id(), name(a)));
        return offered;
    }

    @Override
    public Optional<String> act(long id) {
        return acts.findById(id).map(ActSubjects::name);
    }

    private static String name(LegalAct act) {
        return act.name();
    }
}
