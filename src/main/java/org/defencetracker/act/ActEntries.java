package org.defencetracker.act;

import java.util.List;
import java.util.function.LongFunction;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.stereotype.Component;

/**
 * An act on the timeline: one entry per stage, keyed by act and stage, so that a stage an edit leaves alone keeps its
 * entry (id, time recorded and all) and only a changed stage's entry changes.
 */
@Component
class ActEntries {

    private final TimelineWriter timeline;
    private final BodyService bodies;
    private final ActLabels labels;

    ActEntries(TimelineWriter timeline, BodyService bodies, ActLabels labels) {
        this.timeline = timeline;
        this.bodies = bodies;
        this.labels = labels;
    }

    /** The act's label in the three languages, as the entries of the duties it grants cite it. */
    LocalizedName label(ActView act) {
        return labels.of(act);
    }

    /** Makes the act's stage entries those of its stages now; an archived act has none. */
    void write(ActView act, List<Citation> citations) {
        if (act.archived()) {
            remove(act.id());
        } else {
            timeline.replace(prefix(act.id()), drafts(act, bodies::get, citations));
        }
    }

    void remove(long actId) {
        timeline.removeByKeyPrefix(prefix(actId));
    }

    /** The entries of the act's stages; a stage taken by no body of its own is the issuing body's. */
    static List<TimelineEntryDraft> drafts(ActView act, LongFunction<BodyView> bodyOf, List<Citation> citations) {
        return act.stages().stream()
                .map(stage -> {
                    BodyView body = bodyOf.apply(stage.bodyId() == null ? act.issuingBodyId() : stage.bodyId());
                    return new TimelineEntryDraft(
                            key(act.id(), stage.id()),
                            EntryKind.ACT_STAGE,
                            stage.stage().name(),
                            stage.date(),
                            EntryTitle.message(
                                    "entry.stage." + stage.stage(),
                                    EntryTitle.term("act.kind." + act.kind()),
                                    act.titles()),
                            act.summary(),
                            "/acts/" + act.id(),
                            body.id(),
                            body.nameEn(),
                            null,
                            null,
                            null,
                            citations,
                            new EntryTranslations(act.summaries(), body.names(), null));
                })
                .toList();
    }

    static String key(long actId, long stageId) {
        return prefix(actId) + stageId;
    }

    private static String prefix(long actId) {
        return "act-stage:" + actId + ":";
    }
}
