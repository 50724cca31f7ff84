package org.defencetracker.shared.web;

import java.util.List;

/**
 * Tells a conflict page who saved a record since the version an editor started from. Implemented by the history
 * module, which knows every save; the record modules only ask.
 */
public interface SavedMeanwhile {

    List<EditConflict.Change> since(String table, long id, long version);
}
