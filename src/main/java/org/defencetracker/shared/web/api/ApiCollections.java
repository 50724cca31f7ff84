package org.defencetracker.shared.web.api;

import java.time.Clock;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.ListTotals;
import org.springframework.stereotype.Component;

/**
 * Where a controller of the JSON API gets the writes and the lists of its collection of records, each bound to the
 * collection's address, so that a controller needs none of what they are made of.
 */
@Component
public class ApiCollections {

    private final InputValidator input;
    private final Clock clock;
    private final ListTotals totals;

    ApiCollections(InputValidator input, Clock clock, ListTotals totals) {
        this.input = input;
        this.clock = clock;
        this.totals = totals;
    }

    /** The writes of the records at {@code collection}, such as {@code "/api/v1/acts"}. */
    public ApiWrites writes(String collection) {
        return new ApiWrites(input, collection);
    }

    /** The lists of the records at {@code collection}, such as {@code "/api/v1/acts"}. */
    public ApiLists lists(String collection) {
        return new ApiLists(collection, clock, totals);
    }
}
