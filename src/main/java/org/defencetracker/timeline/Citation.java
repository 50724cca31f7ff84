package org.defencetracker.timeline;

/** A source as cited on a timeline entry: publisher, title, address (may be unknown) and publication date label. */
public record Citation(String publisher, String title, String url, String published) {}
