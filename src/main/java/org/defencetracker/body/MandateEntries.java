package org.defencetracker.body;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.stereotype.Component;

/**
 * Mandate changes on the timeline: one entry per body, act, kind of change and date, naming the duties of that
 * group. A group an edit leaves alone keeps its entry as it was.
 */
@Component
class MandateEntries {

    private final MandateRepository mandates;
    private final TimelineWriter timeline;

    MandateEntries(MandateRepository mandates, TimelineWriter timeline) {
        this.mandates = mandates;
        this.timeline = timeline;
    }

    /** Writes the entry of the group the change belongs to, with the group's duties as they are now. */
    void write(
            Body body,
            long actId,
            LocalizedName actLabel,
            MandateChange change,
            LocalDate date,
            List<Citation> sources) {
        List<String> duties = mandates.findGroup(body.id(), actId, change, date).stream()
                .map(Mandate::duty)
                .toList();
        timeline.record(draft(body.view(), actId, actLabel, change, date, duties, sources));
    }

    /** The keys of the entries the act's mandate changes have, as they are now. */
    Set<String> keysOfAct(long actId) {
        return groupsOfAct(actId).keySet();
    }

    /** Writes the entry of every mandate change the act made; answers their keys. */
    Set<String> writeOfAct(long actId, LocalizedName actLabel, List<Citation> sources) {
        Map<String, Mandate> groups = groupsOfAct(actId);
        groups.values().forEach(m -> write(m.body(), actId, actLabel, m.change(), m.validFrom(), sources));
        return groups.keySet();
    }

    /**
     * Writes the entries of the act's mandate changes after its grants were revised, and removes those of the groups
     * ({@code before}: their keys before the revision) that no longer exist.
     */
    void replaceOfAct(long actId, LocalizedName actLabel, List<Citation> sources, Set<String> before) {
        Set<String> written = writeOfAct(actId, actLabel, sources);
        before.stream().filter(key -> !written.contains(key)).forEach(timeline::remove);
    }

    void removeOfAct(long actId) {
        keysOfAct(actId).forEach(timeline::remove);
    }

    /** The act's mandate changes by the key of their group's entry, a change of each group. */
    private Map<String, Mandate> groupsOfAct(long actId) {
        Map<String, Mandate> groups = new LinkedHashMap<>();
        for (Mandate m : mandates.findByAct(actId)) {
            groups.putIfAbsent(key(m.body().id(), actId, m.change(), m.validFrom()), m);
        }
        return groups;
    }

    static TimelineEntryDraft draft(
            BodyView body,
            long actId,
            LocalizedName actLabel,
            MandateChange change,
            LocalDate date,
            List<String> duties,
            List<Citation> sources) {
        return new TimelineEntryDraft(
                key(body.id(), actId, change, date),
                EntryKind.MANDATE_CHANGE,
                change.name(),
                FuzzyDate.exact(date),
                EntryTitle.message("entry.mandate." + change, body.names(), duties.size(), actLabel),
                String.join("; ", duties),
                "/bodies/" + body.id() + "?asOf=" + date,
                body.id(),
                body.nameEn(),
                null,
                null,
                null,
                sources,
                new EntryTranslations(null, body.names(), null));
    }

    static String key(long bodyId, long actId, MandateChange change, LocalDate date) {
        return "mandate:%d:%d:%s:%s".formatted(bodyId, actId, change.name().toLowerCase(Locale.ROOT), date);
    }
}
