package org.defencetracker.body;

import java.util.List;
import java.util.Map;

/**
 * A page of the bodies' tree: top-level bodies in the lists' order (country, then English name), each with every
 * listed body under it, and the id of the page's last top-level body when another page follows ({@code next}).
 */
public record BodyTree(List<BodyView> roots, Map<Long, List<BodyView>> childrenOf, Long next) {

    /** How many top-level bodies a page shows. */
    public static final int SIZE = 100;
}
