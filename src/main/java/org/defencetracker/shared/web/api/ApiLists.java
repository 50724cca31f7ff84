package org.defencetracker.shared.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.defencetracker.shared.ListTotals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * How every record kind's list in the JSON API answers, written once: with {@code changedSince}, every record changed
 * since in one answer; otherwise one page, with a {@code Link} header naming the next page where there is one and
 * the list's total where it is cheap to know. How a kind reads its page stays in its controller, which gets its lists
 * from {@link ApiCollections}.
 */
public final class ApiLists {

    private final String collection;
    private final Clock clock;
    private final ListTotals totals;

    ApiLists(String collection, Clock clock, ListTotals totals) {
        this.collection = collection;
        this.clock = clock;
        this.totals = totals;
    }

    /**
     * Every record changed since {@code changedSince} (see {@link ApiParameters#changedSince}) as {@code changed} reads
     * them, each written by {@code json}, in one answer; empty when the parameter is not given, for the list to answer
     * a page instead.
     */
    public <V, J> Optional<ResponseEntity<ApiPage<J>>> changedSince(
            String changedSince, Function<Instant, List<V>> changed, Function<V, J> json) {
        Instant since = ApiParameters.changedSince(changedSince, clock);
        return since == null
                ? Optional.empty()
                : Optional.of(ResponseEntity.ok(
                        ApiPage.whole(changed.apply(since).stream().map(json).toList())));
    }

    /**
     * One page of {@code items}. Where {@code next} (the cursor of the next page) is not null, a {@code Link} header
     * names the next page: the collection's address with {@code before=next}, then {@code query} as given ({@code
     * "&kind=DECREE"}, or {@code ""}). The total is that of {@code counted}, none where it is null.
     */
    public <J> ResponseEntity<ApiPage<J>> page(List<J> items, String next, String query, ListTotals.Listed counted) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + collection + "?before=" + next + query + ">; rel=\"next\"");
        }
        return answer.body(ApiPage.of(items, next, null, counted == null ? null : totals.of(counted)));
    }
}
