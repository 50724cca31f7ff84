package org.defencetracker.shared.web;

/**
 * What names a source in a form: who published it, its title, its address and the date it bears as typed. The source
 * page's form and the source typed in with an act share it; each adds what else it asks.
 */
public abstract class SourceFields {

    private String publisher;

    private String title;

    private String url;

    private String date;

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
}
