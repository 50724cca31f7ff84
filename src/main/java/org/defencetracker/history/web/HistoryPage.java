package org.defencetracker.history.web;

import java.util.List;
import org.defencetracker.shared.web.MessageAround;

/**
 * What the history page shows: the record's name, the way back to it, and its changes, newest first.
 *
 * @param heading the words of the heading around the record's name
 * @param by the words around the name of the user who saved a change
 */
public record HistoryPage(
        String table,
        ShownText title,
        MessageAround heading,
        MessageAround by,
        BackLink back,
        List<HistoryEntry> entries) {}
