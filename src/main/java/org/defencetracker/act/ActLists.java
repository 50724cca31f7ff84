package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts as lists and pickers show them, a page at a time by keyset (the ids below a cursor, newest first), so
 * that a list reads as many rows and runs as many statements however many acts there are: the page's ids first,
 * then those acts, their stages and sources each fetched for the whole page at once.
 */
@Service
@Transactional(readOnly = true)
public class ActLists {

    /** How many acts a page of a list shows. */
    public static final int PAGE_SIZE = 50;

    /** How many acts a picker offers at most. */
    public static final int CHOICES = 20;

    private final ActRepository acts;
    private final Clock clock;

    ActLists(ActRepository acts, Clock clock) {
        this.acts = acts;
        this.clock = clock;
    }

    /** A page of the acts in the lists, of one kind if given, below the cursor {@code before} if given. */
    public ActPage page(ActKind kind, Long before) {
        return page(kind, before, PAGE_SIZE);
    }

    /** As {@link #page(ActKind, Long)}, {@code size} acts to a page. */
    public ActPage page(ActKind kind, Long before, int size) {
        long below = before == null ? Long.MAX_VALUE : before;
        Limit limit = Limit.of(size + 1);
        return paged(
                kind == null ? acts.findListedIds(below, limit) : acts.findListedIdsOfKind(kind, below, limit), size);
    }

    /** A page of the acts a body issued, newest first. */
    public ActPage issuedBy(long bodyId, Long before) {
        return paged(
                acts.findIssuedIds(bodyId, before == null ? Long.MAX_VALUE : before, Limit.of(PAGE_SIZE + 1)),
                PAGE_SIZE);
    }

    /** The latest archived acts, at most a page of them. */
    public List<ActView> archived() {
        return acts.findArchived(Limit.of(PAGE_SIZE)).stream()
                .map(act -> act.view(today()))
                .toList();
    }

    /** The newest acts in the lists, as pickers offer them: id → name. */
    public Map<Long, String> newest(int count) {
        Map<Long, String> choices = new LinkedHashMap<>();
        views(acts.findListedIds(Long.MAX_VALUE, Limit.of(count))).forEach(act -> choices.put(act.id(), act.name()));
        return choices;
    }

    /** The newest acts but {@code self}, as the picker of a related act offers them: id → name. */
    public Map<Long, String> choices(long self) {
        Map<Long, String> newest = newest(CHOICES + 1);
        newest.remove(self);
        Map<Long, String> choices = new LinkedHashMap<>();
        newest.entrySet().stream().limit(CHOICES).forEach(e -> choices.put(e.getKey(), e.getValue()));
        return choices;
    }

    /**
     * The act an editor named by typing its number ({@code 123} or {@code #123}), its picker label ("... · #123"),
     * its official number or its English title; empty when that names no act in the lists, or several.
     */
    public Optional<Long> named(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("(?:^|#)(\\d{1,18})$").matcher(text);
        if (number.find()) {
            return acts.findById(Long.parseLong(number.group(1)))
                    .filter(act -> !act.archived())
                    .map(LegalAct::id);
        }
        List<Long> found = acts.findIdsNamed(text, Limit.of(2));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private ActPage paged(List<Long> ids, int size) {
        boolean more = ids.size() > size;
        List<ActView> page = views(more ? ids.subList(0, size) : ids);
        return new ActPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    private List<ActView> views(List<Long> ids) {
        LocalDate today = today();
        return acts.findAllById(ids).stream()
                .sorted(Comparator.comparing(LegalAct::id).reversed())
                .map(act -> act.view(today))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
