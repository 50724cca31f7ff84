package org.defencetracker.search;

/**
 * A hit's title or passage as a reader sees it: in {@code language}, which is English ({@code fallback}) where the
 * record has nothing written in the reader's language, and which pages then declare and mark.
 */
public record ShownText(Highlighted text, String language, boolean fallback) {}
