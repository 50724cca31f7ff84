package org.defencetracker.statement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.DateInput;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.statement.SourceView;

/** The editor's form for a source, new or existing. */
public class SourceForm implements EditForm {

    @NotBlank
    @Size(max = 200)
    private String publisher;

    @NotBlank
    @Size(max = 500)
    private String title;

    @Size(max = 2000)
    private String url;

    @Size(max = 20)
    private String date;

    private DatePrecision precision = DatePrecision.DAY;

    @Size(max = 1000)
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

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

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
