package org.defencetracker.shared.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.defencetracker.shared.ListTotals;

/**
 * One page of any list of the API, the one shape every list answers in: its {@code items}; {@code next} and
 * {@code previous}, the cursors to send back (as {@code before} and {@code after}, or the search's {@code page}) for
 * the pages beside it, null at either end; and {@code total}, the size of the whole list where it is cheap to
 * know, with {@code totalEstimated} when it is the database's estimate. The {@code Link} headers name the same pages.
 */
public record ApiPage<T>(
        List<T> items,

        @Schema(description = "cursor of the next (older) page, to send as before; null on the last page")
        String next,

        @Schema(
                description =
                        "cursor of the previous (newer) page, to send as after; null on the first page (or where the list cannot go back)")
        String previous,

        @Schema(
                description =
                        "how many records the whole list holds, where that is cheap to know; null where it is not")
        Long total,

        @Schema(description = "true when total is the database's estimate rather than a count")
        Boolean totalEstimated) {

    /** Every item at once: the whole list, counted. */
    public static <T> ApiPage<T> whole(List<T> items) {
        return new ApiPage<>(items, null, null, (long) items.size(), false);
    }

    /** A page with the cursors of the pages beside it (null at either end) and the list's total, if known. */
    public static <T> ApiPage<T> of(List<T> items, String next, String previous, ListTotals.Total total) {
        return total == null
                ? new ApiPage<>(items, next, previous, null, null)
                : new ApiPage<>(items, next, previous, total.count(), total.estimated());
    }
}
