package org.defencetracker.timeline.web;

import java.util.Locale;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelinePage;
import org.defencetracker.timeline.TimelineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/timeline";
    }

    @GetMapping("/timeline")
    String show(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        TimelineRequest request = TimelineRequest.parse(params);
        TimelinePage page = timeline.page(request.filter(), request.before(), request.after(), request.size());
        model.addAttribute("query", request);
        model.addAttribute("filter", request.filter());
        model.addAttribute("groups", MonthGroup.of(page.entries(), locale));
        model.addAttribute("empty", page.entries().isEmpty());
        model.addAttribute("total", timeline.count(request.filter()));
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("olderAddress", page.older() == null ? null : request.olderAddress(page.older()));
        model.addAttribute("newerAddress", page.newer() == null ? null : request.newerAddress(page.newer()));
        model.addAttribute(
                "firstAddress",
                request.before() == null && request.after() == null
                        ? null
                        : request.filterAddress().encode().toUriString());
        return "timeline/index";
    }
}
