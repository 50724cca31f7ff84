package org.defencetracker.body.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.defencetracker.body.ActReferences;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyTree;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateDiff;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.web.Dates;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class BodyController {

    /** How many of a body's latest mandate changes its page lists. */
    static final int HISTORY_SHOWN = 100;

    private final BodyService bodies;
    private final MandateService mandates;
    private final ObjectProvider<ActReferences> acts;
    private final TimelineQueries timeline;
    private final Clock clock;

    BodyController(
            BodyService bodies,
            MandateService mandates,
            ObjectProvider<ActReferences> acts,
            TimelineQueries timeline,
            Clock clock) {
        this.bodies = bodies;
        this.mandates = mandates;
        this.acts = acts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The bodies' tree, {@value BodyTree#SIZE} top-level bodies a page, after the top-level body {@code after}. */
    @GetMapping("/bodies")
    String list(@RequestParam(required = false) Long after, Model model) {
        BodyTree tree = bodies.tree(after);
        model.addAttribute("roots", tree.roots());
        model.addAttribute("childrenOf", tree.childrenOf());
        model.addAttribute("next", tree.next());
        model.addAttribute("paged", after != null);
        if (Boolean.TRUE.equals(model.getAttribute("currentUserCanEdit"))) {
            model.addAttribute("archived", bodies.archived());
        }
        return "bodies/list";
    }

    /**
     * One body: its mandate as of a date (today by default) and, given {@code since}, what changed from that date
     * to the as-of date.
     */
    private static List<MandateView> withoutActs(List<MandateView> mandates, Set<Long> actIds) {
        return actIds.isEmpty()
                ? mandates
                : mandates.stream().filter(m -> !actIds.contains(m.actId())).toList();
    }

    @GetMapping("/bodies/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String before,
            Locale locale,
            Model model) {
        BodyView body = bodies.get(id);
        LocalDate date = Dates.parameter("asOf", asOf);
        if (date == null) {
            date = LocalDate.now(clock);
        }
        LocalDate sinceDate = Dates.parameter("since", since);
        if (sinceDate != null && sinceDate.isAfter(date)) {
            throw new InvalidParameterException("since", since, "error.parameter.since");
        }
        List<MandateView> current = mandates.asOf(id, date);
        MandateDiff diff = sinceDate == null ? null : mandates.changesBetween(id, sinceDate, date);
        // The latest changes only: a body named by thousands of acts would otherwise list them all.
        List<MandateView> history = mandates.latestOf(id, HISTORY_SHOWN + 1);
        boolean older = history.size() > HISTORY_SHOWN;
        if (older) {
            history = history.subList(1, history.size());
        }
        Set<Long> actIds = Stream.concat(history.stream(), current.stream())
                .map(MandateView::actId)
                .collect(Collectors.toSet());
        ActReferences references = acts.getIfAvailable();
        Map<Long, ActReferences.ActReference> actRefs =
                references == null ? Map.of() : references.byIds(actIds, locale);
        // Duties given by an archived act are no longer part of the record.
        Set<Long> archivedActs = actRefs.values().stream()
                .filter(ActReferences.ActReference::archived)
                .map(ActReferences.ActReference::id)
                .collect(Collectors.toSet());
        current = withoutActs(current, archivedActs);
        history = withoutActs(history, archivedActs);
        if (diff != null && !archivedActs.isEmpty()) {
            diff = new MandateDiff(
                    diff.from(),
                    diff.to(),
                    withoutActs(diff.added(), archivedActs),
                    withoutActs(diff.removed(), archivedActs),
                    withoutActs(diff.kept(), archivedActs));
        }
        model.addAttribute("body", body);
        model.addAttribute("lineage", bodies.lineage(id));
        model.addAttribute("children", bodies.children(id));
        model.addAttribute("asOf", date);
        model.addAttribute("since", sinceDate);
        model.addAttribute("mandates", current);
        model.addAttribute("diff", diff);
        model.addAttribute("history", history);
        model.addAttribute("historyShown", older ? HISTORY_SHOWN : null);
        model.addAttribute("acts", actRefs);
        ActReferences.Issued issued = references == null
                ? new ActReferences.Issued(List.of(), null)
                : references.issuedBy(id, org.defencetracker.shared.web.Cursors.below("before", before), locale);
        model.addAttribute("issued", issued.acts());
        model.addAttribute("issuedOlder", issued.older());
        model.addAttribute("issuedPaged", before != null && !before.isBlank());
        model.addAttribute("statements", timeline.ofBody(id, Set.of(EntryKind.STATEMENT), 50));
        return "bodies/show";
    }
}
