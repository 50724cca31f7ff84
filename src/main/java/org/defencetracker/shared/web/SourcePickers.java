package org.defencetracker.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.defencetracker.shared.RecordRef;

/**
 * A form that cites sources through pickers (an incident's, a statement's), posted as one value per picker, blank
 * where none was chosen; "Cite one more source" and "Remove" change how many it shows.
 */
public interface SourcePickers extends RowChange.Rows {

    /** The group's name in the form's buttons. */
    String GROUP = "sources";

    RecordRef[] getSources();

    void setSources(RecordRef[] sources);

    /**
     * The pickers to show: every source chosen, then empty ones, two at least, three pickers at least, and as many
     * as were posted (an editor who asked for one more gets it).
     */
    default List<String> getSourceInputs() {
        List<String> inputs = new ArrayList<>();
        for (RecordRef s : getSources()) {
            if (s != null) {
                inputs.add(s.toString());
            }
        }
        int shown = Math.max(Math.max(3, inputs.size() + 2), getSources().length);
        while (inputs.size() < shown) {
            inputs.add("");
        }
        return inputs;
    }

    /** The sources chosen, each as it is labelled; empty pickers left out. */
    default List<String> sourceLabels() {
        return Arrays.stream(getSources())
                .filter(s -> s != null)
                .map(RecordRef::toString)
                .toList();
    }

    /** One more picker than were shown; the new one is empty (null), like every blank picker. */
    @Override
    default void addRow(String group) {
        if (GROUP.equals(group)) {
            setSources(Arrays.copyOf(getSources(), Math.max(getSources().length, 3) + 1));
        }
    }

    @Override
    default void removeRow(String group, int index) {
        if (GROUP.equals(group) && index < getSources().length) {
            List<RecordRef> kept = new ArrayList<>(Arrays.asList(getSources()));
            kept.remove(index);
            setSources(kept.toArray(RecordRef[]::new));
        }
    }
}
