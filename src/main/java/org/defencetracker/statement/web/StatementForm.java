package org.defencetracker.statement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.CitingForm;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementDraft;

/** The editor's form for a statement about an incident or an act, new or existing; its constraints are those of {@link StatementDraft}. */
public class StatementForm extends CitingForm implements StatementDraft {

    private ActorType actorType;

    private String actorName;

    @PickedFrom(RecordChoices.BODIES)
    private RecordRef actorBody;

    private String actorCountry;

    private Stance stance;

    private String claimedOrigin;

    private String text;

    private boolean quote;

    @PickedFrom(RecordChoices.INCIDENTS)
    private RecordRef incident;

    @PickedFrom(RecordChoices.ACTS)
    private RecordRef act;

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        putDate(values);
        values.put("actorType", actorType == null ? null : actorType.name());
        values.put("actorName", actorName);
        values.put("actorBody", EditForm.label(actorBody));
        values.put("actorCountry", actorCountry);
        values.put("stance", stance == null ? null : stance.name());
        values.put("claimedOrigin", claimedOrigin);
        values.put("text", text);
        values.put("quote", String.valueOf(quote));
        values.put("incident", EditForm.label(incident));
        values.put("act", EditForm.label(act));
        values.put("sources", String.join("; ", sourceLabels()));
        return values;
    }

    @Override
    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    @Override
    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public RecordRef getActorBody() {
        return actorBody;
    }

    @Override
    public RecordRef actorBody() {
        return actorBody;
    }

    public void setActorBody(RecordRef actorBody) {
        this.actorBody = actorBody;
    }

    @Override
    public String getActorCountry() {
        return actorCountry;
    }

    public void setActorCountry(String actorCountry) {
        this.actorCountry = actorCountry;
    }

    @Override
    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    @Override
    public String getClaimedOrigin() {
        return claimedOrigin;
    }

    public void setClaimedOrigin(String claimedOrigin) {
        this.claimedOrigin = claimedOrigin;
    }

    @Override
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    @Override
    public boolean isQuote() {
        return quote;
    }

    public void setQuote(boolean quote) {
        this.quote = quote;
    }

    public RecordRef getIncident() {
        return incident;
    }

    @Override
    public RecordRef incident() {
        return incident;
    }

    public void setIncident(RecordRef incident) {
        this.incident = incident;
    }

    public RecordRef getAct() {
        return act;
    }

    @Override
    public RecordRef act() {
        return act;
    }

    public void setAct(RecordRef act) {
        this.act = act;
    }
}
