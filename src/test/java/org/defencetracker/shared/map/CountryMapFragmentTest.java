package org.defencetracker.shared.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.shared.map.MapPoints.ASTANA_LAT;
import static org.defencetracker.shared.map.MapPoints.ASTANA_LON;
import static org.defencetracker.shared.map.MapPoints.at;
import static org.defencetracker.shared.map.MapPoints.someRegions;
import static org.defencetracker.shared.map.MapPoints.without;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The map fragment rendered the way the application renders it (Spring's expression language, the message
 * bundle), without starting the application: SpEL only reaches public types, which this proves for the records.
 */
class CountryMapFragmentTest {

    private static SpringTemplateEngine engine;
    private static final CountryMap MAP = new CountryMap();

    @BeforeAll
    static void engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver page = new StringTemplateResolver();
        page.setOrder(2);

        // The map's keys live in their own file until they join the main bundle.
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);

        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(page);
        engine.setTemplateEngineMessageSource(messages);
        // Outside a web request links have no context path; the application's are context-relative.
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    static String render(SvgMap map) {
        Context context = new Context(Locale.ENGLISH, Map.of("map", map));
        return engine.process("<div th:replace=\"~{fragments/map :: map(${map})}\"></div>", context);
    }

    @Test
    void drawsTheCountryItsCentresAndItsIncidentsAsLinks() {
        SvgMap map = MAP.render(
                someRegions(),
                List.of(
                        new MapPoint(
                                ASTANA_LAT,
                                ASTANA_LON,
                                "EXACT",
                                "CONFIRMED",
                                "Drone over Astana",
                                "/incidents/1",
                                "1 June 2025",
                                false),
                        at(52.3, 76.95, "REGION", "ALLEGED", "Somewhere in Pavlodar Region"),
                        without("COUNTRY")));

        String html = render(map);
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("??");
        Element svg = page.selectFirst("svg.country-map__svg");
        assertThat(svg).isNotNull();
        // A group, not an image: an image's content is presentational, and its incident links would be hidden.
        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(svg.attr("aria-label")).contains("2 incidents drawn", "one listed below the map");
        assertThat(svg.attr("viewBox")).isEqualTo(map.viewBox());
        assertThat(svg.selectFirst("title").text()).isEqualTo("Incidents on the map of Kazakhstan");
        assertThat(svg.select("path.country-map__country").attr("d")).isEqualTo(map.country());
        assertThat(svg.select("path.country-map__neighbour"))
                .hasSize(map.neighbours().size());

        assertThat(svg.select(".country-map__labels text").eachText())
                .containsExactly("Astana", "Pavlodar", "Oskemen", "Aktau");
        assertThat(svg.select(".country-map__centre rect")).hasSize(4);

        Element astana = svg.selectFirst("a.marker-link[href=/incidents/1]");
        assertThat(astana).isNotNull();
        assertThat(astana.selectFirst("title").text())
                .isEqualTo("Drone over Astana · 1 June 2025 · exact point · Confirmed by officials");
        Element circle = astana.selectFirst("circle");
        assertThat(circle.className()).isEqualTo("marker marker--confirmed marker--exact");
        assertThat(circle.attr("r")).isEqualTo("4.0");
        assertThat(svg.select("circle.marker--region").attr("r")).isEqualTo("12.0");
    }

    @Test
    void listsWhatIsNotOnTheMapWithLinksAndAKey() {
        SvgMap map = MAP.render(
                List.of(),
                List.of(without("COUNTRY"), without("UNKNOWN"), at(55.756, 37.617, "EXACT", null, "Moscow")));

        Document page = Jsoup.parse(render(map));

        assertThat(page.select("svg.country-map__svg a")).isEmpty();
        assertThat(page.select(".country-map__unplaced h3").text()).isEqualTo("Not on the map");
        assertThat(page.select(".country-map__unplaced li a").eachText())
                .containsExactly("Somewhere: COUNTRY", "Somewhere: UNKNOWN", "Moscow");
        assertThat(page.select(".country-map__unplaced li").eachText())
                .satisfiesExactly(
                        country -> assertThat(country).contains("country only"),
                        unknown -> assertThat(unknown).contains("place not known"),
                        moscow -> assertThat(moscow).contains("outside the map").doesNotContain("exact point"));
        assertThat(page.select(".country-map__legend li").eachText())
                .contains(
                        "Confirmed by officials",
                        "Alleged",
                        "Denied by officials",
                        "Unknown",
                        "exact point",
                        "settlement",
                        "region only",
                        "Administrative centre of a region");
        assertThat(page.select(".country-map__placed")).isEmpty();
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        Document page = Jsoup.parse(render(MAP.render(someRegions(), List.of())));

        assertThat(page.select(".country-map p.muted").text()).isEqualTo("No incidents in this view.");
        assertThat(page.select(".country-map__unplaced")).isEmpty();
        assertThat(page.select("svg.country-map__svg").attr("aria-label")).contains("no incident drawn", "none listed");
    }
}
