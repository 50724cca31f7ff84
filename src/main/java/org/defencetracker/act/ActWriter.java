package org.defencetracker.act;

import java.util.ArrayList;
import java.util.List;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a checked act in one transaction with what was entered beside it: the source typed in on the spot and the
 * duties of other acts it withdraws.
 */
@Component
public class ActWriter {

    private final ActService acts;
    private final SourceService sources;

    ActWriter(ActService acts, SourceService sources) {
        this.acts = acts;
        this.sources = sources;
    }

    /** Issues the act. */
    @Transactional
    public ActView issue(CheckedAct checked) {
        ActView act = acts.issue(checked.command(sourceIds(checked)));
        checked.withdrawals().forEach(w -> acts.withdraw(act.id(), w.mandateId(), w.effectiveOn()));
        return act;
    }

    /** Corrects act {@code id}, edited from {@code version}. */
    @Transactional
    public void update(long id, long version, CheckedAct checked) {
        acts.update(id, version, checked.command(sourceIds(checked)), checked.duties());
        checked.withdrawals().forEach(w -> acts.withdraw(id, w.mandateId(), w.effectiveOn()));
    }

    private List<Long> sourceIds(CheckedAct checked) {
        List<Long> ids = new ArrayList<>(checked.sourceIds());
        if (checked.newSource() != null) {
            ids.add(sources.create(checked.newSource()).id());
        }
        return ids;
    }
}
