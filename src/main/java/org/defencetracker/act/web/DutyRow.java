package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;

/** A duty given to a body in the act's form; {@code id} is the grant it corrects, when it exists already. */
public class DutyRow implements ActDraft.DutyDraft {

    private Long id;

    @PickedFrom(RecordChoices.BODIES)
    private RecordRef body;

    private String duty;

    private String validFrom;

    private String validTo;

    public boolean isEmpty() {
        return blank();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long grantId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
    public String getDuty() {
        return duty;
    }

    public void setDuty(String duty) {
        this.duty = duty;
    }

    @Override
    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    @Override
    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }
}
