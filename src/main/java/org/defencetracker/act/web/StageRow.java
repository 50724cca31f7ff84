package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;

/** A dated step of the act in its form; its constraints are those of {@link ActDraft.StageDraft}. */
public class StageRow implements ActDraft.StageDraft {

    private StageKind stage;

    private String date;

    private DatePrecision precision = DatePrecision.DAY;

    private boolean approximate;

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

    @Override
    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    @Override
    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    @Override
    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
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
