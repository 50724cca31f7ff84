package org.defencetracker.exchange;

import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.SourceDraft;

/** The source columns of a CSV row, checked with the source form's rules. */
public class CsvSourceRow implements SourceDraft {

    private final String publisher;
    private final String title;
    private final String url;
    private final String date;

    CsvSourceRow(String publisher, String title, String url, String date) {
        this.publisher = publisher;
        this.title = title;
        this.url = url;
        this.date = date;
    }

    @Override
    public String getPublisher() {
        return publisher;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public String getDate() {
        return date;
    }

    /** As precisely as the date is written. */
    @Override
    public DatePrecision getPrecision() {
        return null;
    }

    @Override
    public String getNote() {
        return null;
    }
}
