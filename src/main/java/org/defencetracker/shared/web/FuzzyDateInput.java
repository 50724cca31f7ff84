package org.defencetracker.shared.web;

import java.util.Map;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;

/**
 * A date as an editor types it beside what it dates: the text ("2025-09-14", "2025-09" or "2025"), how precisely it
 * is known (to the day unless chosen otherwise) and whether it is approximate. The part of an act's stage, an
 * incident and a statement that binds their date fields, "date", "precision" and "approximate".
 */
public abstract class FuzzyDateInput {

    private String date;

    private DatePrecision precision = DatePrecision.DAY;

    private boolean approximate;

    /** Fills the date fields as a recorded date is typed back. */
    protected void dated(FuzzyDate recorded) {
        date = DateInput.text(recorded);
        precision = recorded.precision();
        approximate = recorded.approximate();
    }

    /** The date fields as they read in the form, for {@link EditForm#values()}. */
    protected void putDate(Map<String, String> values) {
        values.put("date", date);
        values.put("precision", precision == null ? null : precision.name());
        values.put("approximate", String.valueOf(approximate));
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** As chosen; null only when none was posted. */
    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
    }
}
