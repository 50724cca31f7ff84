package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.FuzzyDateInput;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;

/**
 * A dated step of the act in its form; its date fields are those of every dated record, its constraints those of
 * {@link ActDraft.StageDraft}.
 */
public class StageRow extends FuzzyDateInput implements ActDraft.StageDraft {

    private StageKind stage;

    @PickedFrom(RecordChoices.BODIES)
    private RecordRef body;

    private String note;

    public boolean isEmpty() {
        return blank();
    }

    @Override
    public StageKind getStage() {
        return stage;
    }

    public void setStage(StageKind stage) {
        this.stage = stage;
    }

    public RecordRef getBody() {
        return body;
    }

    @Override
    public RecordRef body() {
        return body;
    }

    public void setBody(RecordRef body) {
        this.body = body;
    }

    @Override
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
