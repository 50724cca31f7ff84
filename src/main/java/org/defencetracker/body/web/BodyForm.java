package org.defencetracker.body.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.body.BodyDraft;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RecordChoices;

/** The editor's form for a government body, new or existing. Its constraints are those of {@link BodyDraft}. */
public class BodyForm implements EditForm, BodyDraft {

    private BodyKind kind;

    @PickedFrom(RecordChoices.BODIES)
    private RecordRef parent;

    private String country = "KZ";

    private String nameEn;

    private String nameRu;

    private String nameKk;

    private String abbreviation;

    private Long version;

    static BodyForm of(BodyView body, BodyView parent) {
        BodyForm form = new BodyForm();
        form.kind = body.kind();
        form.parent = parent == null ? null : Picker.ref(parent.nameEn(), parent.id());
        form.country = body.country();
        form.nameEn = body.nameEn();
        form.nameRu = body.nameRu();
        form.nameKk = body.nameKk();
        form.abbreviation = body.abbreviation();
        form.version = body.version();
        return form;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind == null ? null : kind.name());
        values.put("parent", EditForm.label(parent));
        values.put("country", country);
        values.put("nameEn", nameEn);
        values.put("nameRu", nameRu);
        values.put("nameKk", nameKk);
        values.put("abbreviation", abbreviation);
        return values;
    }

    @Override
    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public RecordRef getParent() {
        return parent;
    }

    @Override
    public RecordRef parent() {
        return parent;
    }

    public void setParent(RecordRef parent) {
        this.parent = parent;
    }

    @Override
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    @Override
    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    @Override
    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    @Override
    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
