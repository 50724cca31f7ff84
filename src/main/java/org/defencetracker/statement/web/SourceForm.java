package org.defencetracker.statement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.statement.SourceDraft;
import org.defencetracker.statement.SourceView;

/** The editor's form for a source, new or existing; its constraints are those of {@link SourceDraft}. */
public class SourceForm implements EditForm, SourceDraft {

    private String publisher;

    private String title;

    private String url;

    private String date;

    private DatePrecision precision = DatePrecision.DAY;

    private String note;

    private Long version;

    static SourceForm of(SourceView source) {
        SourceForm form = new SourceForm();
        form.publisher = source.publisher();
        form.title = source.title();
        form.url = source.url();
        form.date = DateInput.text(source.published());
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
        values.put("publisher", publisher);
        values.put("title", title);
        values.put("url", url);
        values.put("date", date);
        values.put("precision", date == null || date.isBlank() || precision == null ? null : precision.name());
        values.put("note", note);
        return values;
    }

    @Override
    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    @Override
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
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
