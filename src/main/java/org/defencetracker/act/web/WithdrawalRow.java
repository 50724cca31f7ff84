package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;

/** A duty, granted by another act, that this act takes away from a date. */
public class WithdrawalRow implements ActDraft.WithdrawalDraft {

    @PickedFrom(RecordChoices.GRANTS)
    private RecordRef mandate;

    private String effectiveOn;

    public boolean isEmpty() {
        return blank();
    }

    public RecordRef getMandate() {
        return mandate;
    }

    @Override
    public RecordRef mandate() {
        return mandate;
    }

    public void setMandate(RecordRef mandate) {
        this.mandate = mandate;
    }

    @Override
    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
