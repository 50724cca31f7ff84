package org.defencetracker.statement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.SourceFields;
import org.defencetracker.statement.SourceDraft;
import org.defencetracker.statement.SourceView;

/** The editor's form for a source, new or existing; its constraints are those of {@link SourceDraft}. */
public class SourceForm extends SourceFields implements EditForm, SourceDraft {

    private DatePrecision precision = DatePrecision.DAY;

    private String note;

    private Long version;

    static SourceForm of(SourceView source) {
        SourceForm form = new SourceForm();
        form.setPublisher(source.publisher());
        form.setTitle(source.title());
        form.setUrl(source.url());
        form.setDate(DateInput.text(source.published()));
        form.precision = source.published() == null
                ? DatePrecision.DAY
                : source.published().precision();
        form.note = source.note();
        form.version = source.version();
        return form;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("publisher", getPublisher());
        values.put("title", getTitle());
        values.put("url", getUrl());
        values.put("date", getDate());
        values.put(
                "precision", getDate() == null || getDate().isBlank() || precision == null ? null : precision.name());
        values.put("note", note);
        return values;
    }

    /** Chosen beside the date, to the day unless said otherwise. */
    @Override
    public DatePrecision getPrecision() {
        return precision == null ? DatePrecision.DAY : precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    @Override
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
