package org.defencetracker.incident.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentDraft;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.CitingForm;
import org.defencetracker.shared.web.Picker;

/**
 * The editor's form for an incident, new or existing. Coordinates are typed as text, so that a mistyped number
 * is kept in the field and gets a message there rather than a blank. Its constraints are those of
 * {@link IncidentDraft}.
 */
public class IncidentForm extends CitingForm implements IncidentDraft {

    private IncidentKind kind;

    private String title;

    private String country = "KZ";

    private String region;

    private String place;

    private String latitude;

    private String longitude;

    private GeoPrecision geoPrecision = GeoPrecision.UNKNOWN;

    private Integer objectsCount;

    private String objectsNote;

    private IncidentResponse response = IncidentResponse.UNKNOWN;

    private String description;

    private String titleRu;

    private String titleKk;

    private String descriptionRu;

    private String descriptionKk;

    /** Saves a new incident even though one on the same date in the same region is on record. */
    private boolean confirmDuplicate;

    static IncidentForm of(IncidentView incident) {
        IncidentForm form = new IncidentForm();
        form.kind = incident.kind();
        form.title = incident.title();
        form.dated(incident.date());
        form.country = incident.country();
        form.region = incident.region() == null ? null : incident.region().code();
        form.place = incident.place();
        form.latitude = incident.latitude() == null ? null : incident.latitude().toPlainString();
        form.longitude =
                incident.longitude() == null ? null : incident.longitude().toPlainString();
        form.geoPrecision = incident.geoPrecision();
        form.objectsCount = incident.objectsCount();
        form.objectsNote = incident.objectsNote();
        form.response = incident.response();
        form.description = incident.description();
        form.titleRu = incident.translations().titleRu();
        form.titleKk = incident.translations().titleKk();
        form.descriptionRu = incident.translations().descriptionRu();
        form.descriptionKk = incident.translations().descriptionKk();
        form.setSources(incident.sources().stream()
                .map(s -> Picker.ref(s.name(), s.id()))
                .toArray(RecordRef[]::new));
        form.setVersion(incident.version());
        return form;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind == null ? null : kind.name());
        values.put("title", title);
        values.put("titleRu", titleRu);
        values.put("titleKk", titleKk);
        putDate(values);
        values.put("country", country);
        values.put("region", region);
        values.put("place", place);
        values.put("latitude", latitude);
        values.put("longitude", longitude);
        values.put("geoPrecision", geoPrecision == null ? null : geoPrecision.name());
        values.put("objectsCount", objectsCount == null ? null : objectsCount.toString());
        values.put("objectsNote", objectsNote);
        values.put("response", response == null ? null : response.name());
        values.put("description", description);
        values.put("descriptionRu", descriptionRu);
        values.put("descriptionKk", descriptionKk);
        values.put("sources", String.join("; ", sourceLabels()));
        return values;
    }

    @Override
    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    @Override
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    @Override
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    @Override
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    @Override
    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    @Override
    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    @Override
    public GeoPrecision getGeoPrecision() {
        return geoPrecision;
    }

    public void setGeoPrecision(GeoPrecision geoPrecision) {
        this.geoPrecision = geoPrecision;
    }

    @Override
    public Integer getObjectsCount() {
        return objectsCount;
    }

    public void setObjectsCount(Integer objectsCount) {
        this.objectsCount = objectsCount;
    }

    @Override
    public String getObjectsNote() {
        return objectsNote;
    }

    public void setObjectsNote(String objectsNote) {
        this.objectsNote = objectsNote;
    }

    @Override
    public IncidentResponse getResponse() {
        return response;
    }

    public void setResponse(IncidentResponse response) {
        this.response = response;
    }

    @Override
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    @Override
    public String getTitleKk() {
        return titleKk;
    }

    public void setTitleKk(String titleKk) {
        this.titleKk = titleKk;
    }

    @Override
    public String getDescriptionRu() {
        return descriptionRu;
    }

    public void setDescriptionRu(String descriptionRu) {
        this.descriptionRu = descriptionRu;
    }

    @Override
    public String getDescriptionKk() {
        return descriptionKk;
    }

    public void setDescriptionKk(String descriptionKk) {
        this.descriptionKk = descriptionKk;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }
}
