package org.defencetracker.statement.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.shared.web.SourcePickers;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementDraft;

/** The editor's form for a statement about an incident or an act, new or existing; its constraints are those of {@link StatementDraft}. */
public class StatementForm implements EditForm, StatementDraft, SourcePickers {

    private String date;

    private DatePrecision precision = DatePrecision.DAY;

    private boolean approximate;

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

    /** One picker per source; empty ones are ignored. */
    @PickedFrom(RecordChoices.SOURCES)
    private RecordRef[] sources = new RecordRef[0];

    private Long version;

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", date);
        values.put("precision", precision == null ? null : precision.name());
        values.put("approximate", String.valueOf(approximate));
        values.put("actorType", actorType == null ? null : actorType.name());
        values.put("actorName", actorName);
        values.put("actorBody", label(actorBody));
        values.put("actorCountry", actorCountry);
        values.put("stance", stance == null ? null : stance.name());
        values.put("claimedOrigin", claimedOrigin);
        values.put("text", text);
        values.put("quote", String.valueOf(quote));
        values.put("incident", label(incident));
        values.put("act", label(act));
        values.put("sources", String.join("; ", sourceLabels()));
        return values;
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

    @Override
    public RecordRef[] getSources() {
        return sources;
    }

    @Override
    public void setSources(RecordRef[] sources) {
        this.sources = sources == null ? new RecordRef[0] : sources;
    }

    @Override
    public List<RecordRef> citedSources() {
        return Arrays.asList(sources);
    }

    private static String label(RecordRef ref) {
        return ref == null ? null : ref.label();
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
