package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.defencetracker.body.ActReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the bodies module what it needs of acts, without it depending on this module. */
@Component
@Transactional(readOnly = true)
class ActReferencesAdapter implements ActReferences {

    private final ActRepository acts;
    private final ActLists lists;
    private final Clock clock;

    ActReferencesAdapter(ActRepository acts, ActLists lists, Clock clock) {
        this.acts = acts;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Map<Long, ActReference> byIds(Collection<Long> actIds) {
        return acts.findAllById(actIds).stream()
                .map(this::reference)
                .collect(Collectors.toMap(ActReference::id, Function.identity()));
    }

    @Override
    public Issued issuedBy(long bodyId, Long before) {
        ActPage page = lists.issuedBy(bodyId, before);
        return new Issued(
                page.acts().stream()
                        .map(act -> new ActReference(
                                act.id(),
                                act.label(),
                                act.titleEn(),
                                act.status() == null ? null : act.status().name(),
                                act.archived()))
                        .toList(),
                page.older());
    }

    private ActReference reference(LegalAct act) {
        return new ActReference(
                act.id(),
                act.label(),
                act.titleEn(),
                act.statusOn(LocalDate.now(clock)).map(Enum::name).orElse(null),
                act.archived());
    }
}
