package org.defencetracker.act.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActLists;
import org.defencetracker.act.ActPage;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.Lifecycle;
import org.defencetracker.act.StageView;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.StatementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ActController {

    private final ActService acts;
    private final ActLists lists;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;
    private final StatementService statements;
    private final DefenceTrackerProperties properties;

    ActController(
            ActService acts,
            ActLists lists,
            BodyService bodies,
            MandateService mandates,
            SourceService sources,
            StatementService statements,
            DefenceTrackerProperties properties) {
        this.acts = acts;
        this.lists = lists;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
        this.statements = statements;
        this.properties = properties;
    }

    /** The acts newest first, of one kind if asked, a page at a time below the cursor {@code before}. */
    @GetMapping("/acts")
    String list(
            @RequestParam(required = false) String kind, @RequestParam(required = false) String before, Model model) {
        ActKind actKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                actKind = ActKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new InvalidParameterException("kind", kind, "error.parameter.kind");
            }
        }
        ActPage page = lists.page(actKind, org.defencetracker.shared.web.Cursors.below("before", before));
        model.addAttribute("acts", page.acts());
        model.addAttribute("older", page.older());
        model.addAttribute("paged", before != null && !before.isBlank());
        model.addAttribute("kind", actKind);
        model.addAttribute("kinds", ActKind.values());
        model.addAttribute(
                "bodies",
                bodies.byIds(page.acts().stream().map(ActView::issuingBodyId).toList()));
        if (canEdit(model)) {
            model.addAttribute("archived", lists.archived());
        }
        return "acts/list";
    }

    private static boolean canEdit(Model model) {
        return Boolean.TRUE.equals(model.getAttribute("currentUserCanEdit"));
    }

    @GetMapping("/acts/{id}")
    String show(@PathVariable long id, Model model) {
        ActView act = acts.get(id);
        List<MandateView> duties = mandates.ofAct(id);
        List<Long> bodyIds = new java.util.ArrayList<>();
        bodyIds.add(act.issuingBodyId());
        act.stages().stream()
                .map(StageView::bodyId)
                .filter(java.util.Objects::nonNull)
                .forEach(bodyIds::add);
        duties.stream().map(MandateView::bodyId).forEach(bodyIds::add);
        Map<Long, BodyView> names = bodies.byIds(bodyIds);
        model.addAttribute("act", act);
        model.addAttribute("lifecycle", Lifecycle.of(act));
        model.addAttribute("bodies", names);
        model.addAttribute("issuer", names.get(act.issuingBodyId()));
        model.addAttribute(
                "dutiesByBody",
                duties.stream()
                        .collect(Collectors.groupingBy(MandateView::bodyId, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("relations", acts.relationsOf(id));
        model.addAttribute("relationTypes", org.defencetracker.act.RelationType.values());
        if (canEdit(model)) {
            // Only editors see the form that relates acts; its picker offers the newest acts, any other by number.
            model.addAttribute("actOptions", org.defencetracker.shared.web.Picker.labels(lists.choices(id)));
        }
        model.addAttribute("incidents", acts.incidentsAround(id));
        model.addAttribute("windowDays", properties.proximityDays());
        model.addAttribute("statements", statements.aboutAct(id));
        model.addAttribute("archivedStatements", statements.archivedAboutAct(id));
        model.addAttribute("sources", sources.get(act.sourceIds()));
        return "acts/show";
    }
}
