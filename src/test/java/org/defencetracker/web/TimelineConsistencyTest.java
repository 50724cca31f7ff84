package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One filter narrows everything the timeline page shows alike: the list, the facet counts, the monthly chart, the
 * map and the visual timeline. The incidents here carry a word of their own, so the test sees only them.
 */
@WebPageTest
class TimelineConsistencyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    StatementService statements;

    @Autowired
    SourceService sources;

    String word;

    @BeforeEach
    void recordIncidents() {
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long source = sources.create(
                        new CreateSource("Test wire", "Report " + word, null, FuzzyDate.month(2023, 8), null))
                .id();
        IncidentView a = incident(FuzzyDate.day(2023, 3, 4), "KZ-55", 52.3, 76.9, GeoPrecision.EXACT, source);
        incident(FuzzyDate.day(2023, 3, 20), "KZ-55", 52.1, 77.2, GeoPrecision.SETTLEMENT, source);
        IncidentView c = incident(FuzzyDate.month(2023, 5), "KZ-55", null, null, GeoPrecision.REGION, source);
        incident(FuzzyDate.day(2023, 7, 9), "KZ-11", null, null, GeoPrecision.REGION, source);
        incident(FuzzyDate.month(2023, 7).approximately(), "KZ-11", 53.3, 69.4, GeoPrecision.EXACT, source);
        incident(FuzzyDate.year(2023).approximately(), null, null, null, GeoPrecision.COUNTRY, source);
        claim(a, Stance.CONFIRMS, ActorType.OFFICIAL, source);
        claim(c, Stance.ASSERTS, ActorType.MEDIA, source);
    }

    @Test
    void allViewsCountTheSameIncidents() throws Exception {
        Document page = page("/timeline?kind=INCIDENT&size=200&q=" + word);
        assertThat(page.select("article.entry")).hasSize(6);
        assertThat(page.select(".count").text()).isEqualTo("6 entries");
        assertThat(optionCount(page, "region", "KZ-55")).isEqualTo(3);
        assertThat(optionCount(page, "region", "KZ-11")).isEqualTo(2);
        assertThat(optionCount(page, "attribution", "CONFIRMED")).isEqualTo(1);
        assertThat(optionCount(page, "attribution", "ALLEGED")).isEqualTo(1);
        assertThat(optionCount(page, "attribution", "UNKNOWN")).isEqualTo(4);
        assertThat(optionCount(page, "origin", "RU")).isEqualTo(2);
        assertThat(page.select("label[for=kind-INCIDENT] .facet-count").text()).isEqualTo("6");
        assertThat(mapped(page)).isEqualTo(6);
        assertThat(charted(page)).isEqualTo(6);
        assertThat(drawn("/timeline?kind=INCIDENT&zoom=year&at=2023-06-01&q=" + word))
                .isEqualTo(6);
    }

    @Test
    void aRegionNarrowsEveryViewButKeepsItsOwnOptions() throws Exception {
        String filter = "/timeline?kind=INCIDENT&region=KZ-55&q=" + word;
        Document page = page(filter);
        assertThat(page.select("article.entry")).hasSize(3);
        assertThat(page.select(".count").text()).isEqualTo("3 entries");
        assertThat(optionCount(page, "region", "KZ-11")).isEqualTo(2);
        assertThat(optionCount(page, "attribution", "CONFIRMED")).isEqualTo(1);
        assertThat(optionCount(page, "attribution", "UNKNOWN")).isEqualTo(1);
        assertThat(mapped(page)).isEqualTo(3);
        assertThat(charted(page)).isEqualTo(3);
        assertThat(drawn(filter + "&at=2023-06-01")).isEqualTo(3);
    }

    @Test
    void attributionAndDatesNarrowEveryView() throws Exception {
        Document confirmed = page("/timeline?attribution=CONFIRMED&q=" + word);
        assertThat(confirmed.select("article.entry")).hasSize(1);
        assertThat(mapped(confirmed)).isEqualTo(1);
        assertThat(charted(confirmed)).isEqualTo(1);

        // From 15 May: the May-precision incident overlaps, the year-precision one too, March ones do not.
        Document fromMay = page("/timeline?kind=INCIDENT&from=2023-05-15&q=" + word);
        assertThat(fromMay.select("article.entry")).hasSize(4);
        assertThat(fromMay.select(".count").text()).isEqualTo("4 entries");
        assertThat(mapped(fromMay)).isEqualTo(4);
        assertThat(charted(fromMay)).isEqualTo(4);
    }

    @Test
    void anOriginNarrowsEveryView() throws Exception {
        // Both statements name Russia: the confirmed incident and the alleged one.
        Document page = page("/timeline?kind=INCIDENT&origin=RU&q=" + word);
        assertThat(page.select("article.entry")).hasSize(2);
        assertThat(page.select(".count").text()).isEqualTo("2 entries");
        assertThat(optionCount(page, "region", "KZ-55")).isEqualTo(2);
        assertThat(optionCount(page, "attribution", "CONFIRMED")).isEqualTo(1);
        assertThat(optionCount(page, "attribution", "ALLEGED")).isEqualTo(1);
        assertThat(mapped(page)).isEqualTo(2);
        assertThat(charted(page)).isEqualTo(2);
        assertThat(drawn("/timeline?kind=INCIDENT&origin=RU&at=2023-06-01&q=" + word))
                .isEqualTo(2);
    }

    private IncidentView incident(
            FuzzyDate date, String region, Double lat, Double lon, GeoPrecision precision, long source) {
        return incidents.record(new RecordIncident(
                IncidentKind.DRONE_INCURSION,
                "Drone seen " + word,
                date,
                "KZ",
                region,
                null,
                lat == null ? null : BigDecimal.valueOf(lat),
                lon == null ? null : BigDecimal.valueOf(lon),
                precision,
                1,
                null,
                IncidentResponse.UNKNOWN,
                "Test incident " + word,
                List.of(source),
                IncidentTranslations.NONE));
    }

    private void claim(IncidentView incident, Stance stance, ActorType actor, long source) {
        statements.record(new RecordStatement(
                FuzzyDate.month(2023, 8),
                actor,
                "Test actor",
                null,
                "KZ",
                stance,
                "RU",
                "Said something " + word,
                false,
                incident.id(),
                null,
                List.of(source)));
    }

    private static long optionCount(Document page, String select, String value) {
        String text =
                page.select("select#" + select + " option[value=" + value + "]").text();
        assertThat(text).as("option %s of %s", value, select).isNotEmpty();
        return Long.parseLong(text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')')));
    }

    private static int mapped(Document page) {
        return page.select(".country-map__markers circle").size()
                + page.select(".country-map__unplaced li, .country-map ul.unplaced li")
                        .size();
    }

    /** Incidents the chart accounts for: those in its monthly bars and those it names as known only to a year. */
    private static long charted(Document page) {
        String text = page.select(".chart p").text();
        long inMonths = text.matches("^\\d+ incidents.*") ? Long.parseLong(text.split(" ")[0]) : 0;
        java.util.regex.Matcher more =
                java.util.regex.Pattern.compile("(\\d+) more are known").matcher(text);
        return inMonths + (more.find() ? Long.parseLong(more.group(1)) : 0);
    }

    private long drawn(String address) throws Exception {
        return page(address).select(".visual__svg .mark--incident").size();
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
