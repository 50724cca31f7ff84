package org.defencetracker.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.map.CountryMap;
import org.defencetracker.shared.map.MapPoint;
import org.defencetracker.shared.map.RegionCentres;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineFacets;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelinePage;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineQuery;
import org.defencetracker.timeline.TimelineStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

    static final int MAP_LIMIT = 250;

    private final TimelineQueries timeline;
    private final TimelineStatistics statistics;
    private final CountryMap map;
    private final ObjectProvider<RegionCentres> regions;
    private final Clock clock;
    private final TimelineSurroundings surroundings;

    TimelineController(
            TimelineQueries timeline,
            TimelineStatistics statistics,
            CountryMap map,
            ObjectProvider<RegionCentres> regions,
            Clock clock,
            TimelineSurroundings surroundings) {
        this.timeline = timeline;
        this.statistics = statistics;
        this.map = map;
        this.regions = regions;
        this.clock = clock;
        this.surroundings = surroundings;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/timeline";
    }

    @GetMapping("/timeline")
    String show(
            @Valid @ModelAttribute TimelineQuery query,
            @RequestParam(required = false) Zoom zoom,
            Model model,
            Locale locale,
            HttpServletRequest http,
            HttpServletResponse response) {
        TimelineRequest request = TimelineRequest.of(query, zoom, clock);
        TimelinePage page = timeline.page(request.filter(), request.before(), request.after(), request.size());
        model.addAttribute("query", request);
        model.addAttribute("feedAlternate", request.feedAddress());
        model.addAttribute("groups", MonthGroup.of(page.entries(), locale));
        model.addAttribute("empty", page.entries().isEmpty());
        model.addAttribute("olderAddress", page.older() == null ? null : request.olderAddress(page.older()));
        model.addAttribute("newerAddress", page.newer() == null ? null : request.newerAddress(page.newer()));
        model.addAttribute(
                "firstAddress",
                request.before() == null && request.after() == null
                        ? null
                        : request.filterAddress().encode().toUriString());
        // The drawing is centred on the date jumped to, else on the page's newest entry, else on the filter's.
        LocalDate anchor = request.at() != null
                ? request.at()
                : page.entries().isEmpty() ? null : page.entries().get(0).date().start();
        model.addAttribute(
                "surroundings",
                surroundings.html(
                        request,
                        anchor,
                        locale,
                        http,
                        response,
                        around -> addSurroundings(request, anchor, around, locale)));
        return "timeline/index";
    }

    /** What the page shows around its entries: the count, the filters with their facets, and the visuals. */
    private void addSurroundings(TimelineRequest request, LocalDate anchor, Model model, Locale locale) {
        model.addAttribute("query", request);
        model.addAttribute(
                "recordedOnLabel",
                request.recordedOn() == null ? null : request.recordedOn().label(locale, clock.getZone()));
        model.addAttribute("zone", clock.getZone().getId());
        // The control's limit is today's last minute, which a day given as today also shows as.
        model.addAttribute("latestMinute", LocalDate.now(clock).atTime(23, 59).toString());
        TimelineFilter f = request.filter();
        model.addAttribute("filter", f);
        TimelineFacets facets = statistics.facets(f);
        model.addAttribute("facets", facets);
        model.addAttribute(
                "bodyOptions",
                FilterOption.of(
                        facets.bodies(), f.bodyId() == null ? null : f.bodyId().toString()));
        model.addAttribute("regionOptions", FilterOption.of(facets.regions(), f.region()));
        model.addAttribute("originOptions", FilterOption.of(facets.origins(), f.origin()));
        model.addAttribute("total", facets.total());
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("attributions", TimelineQuery.ATTRIBUTIONS);
        addVisuals(request, anchor, model, locale);
    }

    /**
     * The drawing of the window around the page (or the date jumped to) and the monthly chart of the filter. The
     * chart spans the filter's dates, else the two years up to its newest entry.
     */
    private void addVisuals(TimelineRequest request, LocalDate pageAnchor, Model model, Locale locale) {
        TimelineFilter filter = request.filter();
        // Read once: both the drawing of an empty page and the chart start from it.
        LocalDate newest = pageAnchor != null && filter.to() != null
                ? null
                : timeline.newestDate(filter).orElse(LocalDate.now(clock));
        LocalDate anchor = pageAnchor != null ? pageAnchor : newest;
        Zoom zoom = request.zoom();
        LocalDate start = zoom.start(anchor);
        LocalDate end = zoom.end(anchor);
        List<TimelineEntry> drawn = timeline.window(filter, start, end.minusDays(1), VisualTimeline.MAX_MARKS);
        long inWindow = drawn.size() < VisualTimeline.MAX_MARKS
                ? drawn.size()
                : statistics.count(filter.within(start, end.minusDays(1)));
        model.addAttribute(
                "visual",
                VisualTimeline.of(
                        zoom, anchor, drawn, (int) inWindow, locale, day -> request.windowAddress(zoom, day)));
        model.addAttribute("previousWindow", request.windowAddress(zoom, zoom.previous(anchor)));
        model.addAttribute("nextWindow", request.windowAddress(zoom, end));
        model.addAttribute("zoomIn", zoom == Zoom.WEEK ? null : request.windowAddress(zoom.in(), anchor));
        model.addAttribute("zoomOut", zoom == Zoom.YEAR ? null : request.windowAddress(zoom.out(), anchor));

        List<MapPoint> points = timeline.incidents(filter, MAP_LIMIT).stream()
                .map(e -> point(e, locale))
                .toList();
        RegionCentres centres = regions.getIfAvailable();
        model.addAttribute("map", map.render(centres == null ? List.of() : centres.centres(locale), points));
        model.addAttribute("mapLimited", points.size() == MAP_LIMIT);
        model.addAttribute("mapLimit", MAP_LIMIT);
        YearMonth last = filter.to() != null ? YearMonth.from(filter.to()) : YearMonth.from(newest);
        YearMonth first = filter.from() != null ? YearMonth.from(filter.from()) : last.minusMonths(23);
        if (first.isBefore(last.minusMonths(119))) {
            first = last.minusMonths(119);
        }
        if (first.isAfter(last)) {
            first = last;
        }
        model.addAttribute(
                "chart",
                MonthlyChart.of(
                        first, last, statistics.incidentsByMonth(filter, first.atDay(1), last.atEndOfMonth()), locale));
    }

    static MapPoint point(TimelineEntry entry, Locale locale) {
        Place place = entry.place();
        return new MapPoint(
                place == null || place.latitude() == null
                        ? null
                        : place.latitude().doubleValue(),
                place == null || place.longitude() == null
                        ? null
                        : place.longitude().doubleValue(),
                place == null ? null : place.precision(),
                entry.attribution(),
                entry.title(),
                entry.path(),
                entry.date().label(locale),
                entry.titleInEnglish());
    }
}
