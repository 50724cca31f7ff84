package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;

/** A source typed in with the act, for one that is not in the tracker yet. */
public class NewSource implements ActDraft.NewSourceDraft {

    private String publisher;

    private String title;

    private String url;

    private String date;

    public boolean isEmpty() {
        return blank();
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
}
