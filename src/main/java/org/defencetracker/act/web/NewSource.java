package org.defencetracker.act.web;

import org.defencetracker.act.ActDraft;
import org.defencetracker.shared.web.SourceFields;

/** A source typed in with the act, for one that is not in the tracker yet. */
public class NewSource extends SourceFields implements ActDraft.NewSourceDraft {

    public boolean isEmpty() {
        return blank();
    }
}
