package org.defencetracker.history.web;

import java.util.List;

/** What the history page shows: the record's name, the way back to it, and its changes, newest first. */
public record HistoryPage(String table, String title, BackLink back, List<HistoryEntry> entries) {}
