package org.defencetracker.search;

import org.defencetracker.shared.FuzzyDate;

/**
 * One record found: its kind and id, its title and a passage of its text with the matched words marked, the
 * address of its page, and its date when it has one (bodies have none, some sources neither).
 */
public record SearchHit(
        SearchKind kind, long id, Highlighted title, Highlighted snippet, String path, FuzzyDate date, double rank) {}
