package org.defencetracker.timeline.web;

import java.util.ArrayList;
import java.util.List;
import org.defencetracker.timeline.TimelineFacets;

/**
 * An option of one of the timeline's filter lists, with whether the address chose it: worked out once here rather
 * than by each of thousands of options as the page is drawn.
 */
record FilterOption(String value, String label, long count, boolean selected) {

    /** A filter's options, keeping the one in the address even when nothing matches it any more. */
    static List<FilterOption> of(List<TimelineFacets.Option> options, String selected) {
        List<FilterOption> all = new ArrayList<>(options.size() + 1);
        boolean found = false;
        for (TimelineFacets.Option o : options) {
            boolean chosen = o.value().equals(selected);
            found |= chosen;
            all.add(new FilterOption(o.value(), o.label(), o.count(), chosen));
        }
        if (selected != null && !found) {
            all.add(new FilterOption(selected, selected, 0, true));
        }
        return all;
    }
}
