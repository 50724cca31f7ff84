package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
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
    private final ActLabels labels;
    private final Clock clock;

    ActReferencesAdapter(ActRepository acts, ActLists lists, ActLabels labels, Clock clock) {
        this.acts = acts;
        this.lists = lists;
        this.labels = labels;
        this.clock = clock;
    }

    @Override
    public Map<Long, ActReference> byIds(Collection<Long> actIds, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return acts.findAllById(actIds).stream()
                .map(act -> reference(act.view(today), locale))
                .collect(Collectors.toMap(ActReference::id, Function.identity()));
    }

    @Override
    public Issued issuedBy(long bodyId, Long before, Locale locale) {
        ActPage page = lists.issuedBy(bodyId, before);
        return new Issued(
                page.acts().stream().map(act -> reference(act, locale)).toList(), page.older());
    }

    private ActReference reference(ActView act, Locale locale) {
        return new ActReference(
                act.id(),
                labels.of(act, locale),
                act.shownTitle(locale),
                act.status() == null ? null : act.status().name(),
                act.archived());
    }
}
