package org.defencetracker.act;

import java.util.Map;
import java.util.Optional;
import org.defencetracker.statement.StatementSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers acts to the statement form: the newest ones in the lists, and any one by its number. */
@Component
@Transactional(readOnly = true)
class ActSubjects implements StatementSubjects {

    /** How many of the newest acts the picker offers; any other is named by its number. */
    private static final int OFFERED = 500;

    private final ActRepository acts;
    private final ActLists lists;

    ActSubjects(ActRepository acts, ActLists lists) {
        this.acts = acts;
        this.lists = lists;
    }

    @Override
    public Map<Long, String> acts() {
        return lists.newest(OFFERED);
    }

    @Override
    public Optional<String> act(long id) {
        return acts.findById(id).map(ActSubjects::name);
    }

    private static String name(LegalAct act) {
        return act.name();
    }
}
