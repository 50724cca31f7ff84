package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActService;
import org.defencetracker.body.BodyService;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest
@Import(TestRecords.class)
class TimelinePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActService acts;

    @Autowired
    BodyService bodies;

    @Autowired
    IncidentService incidents;

    @Autowired
    TestRecords records;

    @Test
    void filtersContestedIncidentsAndCountsThemInTheFacetsAndTheExport() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2016, 3, 2), word);
        records.statement(incident.id(), ActorType.MEDIA, "KZ", Stance.ASSERTS, "RU", FuzzyDate.day(2016, 3, 3), word);
        records.statement(
                incident.id(), ActorType.OFFICIAL, "RU", Stance.DENIES, null, FuzzyDate.day(2016, 3, 4), word);

        Document page = page("/timeline?attribution=CONTESTED&kind=INCIDENT&q=" + word);
        Element entry = entryLinkingTo(page, "/incidents/" + incident.id(), word);
        assertThat(entry.select(".attribution").text()).isEqualTo("Contested");
        assertThat(page.select("article.entry")).hasSize(1);
        assertThat(page.select("select#attribution option[value=CONTESTED]").text())
                .isEqualTo("Contested (1)");
        assertThat(mvc.perform(get("/timeline.csv?attribution=CONTESTED&q=" + word))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("CONTESTED");
        mvc.perform(get("/api/v1/timeline?attribution=CONTESTED&q=" + word)).andExpect(status().isOk());
    }

    @Test
    void homeRedirectsToTimeline() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/timeline"));
    }

    @Test
    void showsTheDemoCaseWithDatesAsPreciseAsTheSourceAndLinksToEachRecord() throws Exception {
        Document page = page("/timeline?to=2025-12-31&from=2025-01-01&size=200");
        long decree = DemoRecords.decreeOf14September(acts).id();
        long law = DemoRecords.territorialDefenceAct(acts).id();
        long mes = DemoRecords.ministryOfEmergencySituations(bodies).id();
        long incursions = DemoRecords.incursions(incidents).id();
        long transit = DemoRecords.allegedTransit(incidents).id();

        Element decreeEntry = entryLinkingTo(page, "/acts/" + decree, "Decree adopted");
        assertThat(decreeEntry.select("time").text()).isEqualTo("14 September 2025");
        Element mandateEntry = entryLinkingTo(page, "/bodies/" + mes + "?asOf=2025-09-14", "5 duties granted");
        assertThat(mandateEntry.text()).contains("Ministry of Emergency Situations");
        Element lawEntry = entryLinkingTo(page, "/acts/" + law, "Territorial Defence Act");
        assertThat(lawEntry.select("time").text()).isEqualTo("June 2025");
        assertThat(lawEntry.select("time").hasClass("date--month")).isTrue();
        Element incursionEntry = entryLinkingTo(page, "/incidents/" + incursions, "drone incursions");
        assertThat(incursionEntry.select("time").text()).isEqualTo("2025 (approx.)");
        assertThat(incursionEntry.select("time").hasClass("date--approx")).isTrue();
        assertThat(incursionEntry.text()).contains("Confirmed by officials").contains("Russia");
        entryLinkingTo(page, "/incidents/" + transit, "Alleged passage of Ukrainian drones");
        Element accusation = entryLinkingTo(page, "/incidents/" + transit + "#statement-", "Claim by Russia");
        assertThat(accusation.select("time").text()).isEqualTo("June 2025 (approx.)");
        entryLinkingTo(page, "/incidents/" + transit + "#statement-", "Claim by Russian Telegram channels");
        entryLinkingTo(page, "/incidents/" + transit + "#statement-", "Denial by Kazakhstani officials");

        for (Element entry : page.select("article.entry")) {
            if (entry.text().contains("Kazakhstan bolsters")) {
                continue;
            }
            // Entries of other tests sharing a configured database may cite other sources; the demo ones cite the
            // article.
            assertThat(entry.select(".citations li"))
                    .as("sources of %s", entry.text())
                    .isNotEmpty();
        }
        assertThat(page.select("article.entry").stream()
                        .filter(e -> e.text().contains("Kazakhstan bolsters rapid response")))
                .hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void groupsEntriesByMonthAndKeepsYearOnlyDatesUnderTheirYear() throws Exception {
        Document page = page("/timeline?from=2025-01-01&to=2025-12-31&size=200");
        assertThat(page.select("h2.month__heading").eachText())
                .contains("September 2025", "June 2025", "2025 — month not known");
    }

    @Test
    void narrowsByKind() throws Exception {
        Document page = page("/timeline?kind=INCIDENT&from=2025-01-01&to=2025-12-31");
        assertThat(page.select("article.entry"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.hasClass("entry--incident")).isTrue());
        assertThat(page.select("input#kind-INCIDENT").attr("checked")).isNotNull();
    }

    @Test
    void pagesOlderAndNewerByCursor() throws Exception {
        Document first = page("/timeline?from=2025-01-01&to=2025-12-31&size=2");
        assertThat(first.select("article.entry")).hasSize(2);
        String older = first.select("a[rel=next]").attr("href");
        assertThat(older).contains("before=").contains("size=2").contains("from=2025-01-01");
        Document second = page(older);
        assertThat(second.select("article.entry")).hasSize(2);
        assertThat(second.select("article.entry").eachAttr("id"))
                .doesNotContainAnyElementsOf(first.select("article.entry").eachAttr("id"));
        String newer = second.select("a[rel=prev]").first().attr("href");
        assertThat(page(newer).select("article.entry").eachAttr("id"))
                .isEqualTo(first.select("article.entry").eachAttr("id"));
    }

    @ParameterizedTest
    @CsvSource({
        "from=notadate, from",
        "to=2025-13-45, to",
        "from=2025-09-01&to=2025-01-01, to",
        "kind=FOO, kind",
        "size=100000, size",
        "size=0, size",
        "size=abc, size",
        "before=garbage, before",
        "origin=XX, origin",
        "attribution=SURE, attribution",
        "body=ministry, body",
        "region=somewhere, region",
        "zoom=decade, zoom",
        "at=soon, at"
    })
    void refusesUnusableParametersWithA400PageThatNamesThem(String query, String parameter) throws Exception {
        String html = mvc.perform(get("/timeline?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Whitelabel"))))
                .andExpect(content().string(not(containsString("Exception"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".problem").text()).contains("Parameter \"" + parameter + "\"");
        assertThat(page.select("h1").text()).isEqualTo("This request cannot be answered");
    }

    @Test
    void drawsExactDatesAsDotsAndUncertainOnesAsBandsAcrossTheirPeriod() throws Exception {
        Document page = page("/timeline?at=2025-09-30");
        long decree = DemoRecords.decreeOf14September(acts).id();
        long law = DemoRecords.territorialDefenceAct(acts).id();
        long incursions = DemoRecords.incursions(incidents).id();
        Element decreeMark = mark(page, "/acts/" + decree);
        assertThat(decreeMark.tagName()).isEqualTo("circle");
        assertThat(decreeMark.classNames()).contains("mark--day").doesNotContain("mark--approx");
        Element lawMark = mark(page, "/acts/" + law);
        assertThat(lawMark.tagName()).isEqualTo("rect");
        assertThat(lawMark.classNames()).contains("mark--month").doesNotContain("mark--approx");
        Element incursionMark = mark(page, "/incidents/" + incursions);
        assertThat(incursionMark.tagName()).isEqualTo("rect");
        assertThat(incursionMark.classNames()).contains("mark--year", "mark--approx", "mark--confirmed");
        // A month band spans the month: from June to July on a year axis, about a twelfth of the plot wide.
        double width = Double.parseDouble(lawMark.attr("width"));
        assertThat(width).isBetween(60.0, 80.0);
        double yearWidth = Double.parseDouble(incursionMark.attr("width"));
        assertThat(yearWidth).isGreaterThan(800.0);
    }

    @Test
    void zoomsAndJumpsByLinks() throws Exception {
        Document month = page("/timeline?zoom=month&at=2025-09-14");
        assertThat(month.select("#visual-title").text()).contains("September 2025");
        assertThat(month.select(".visual__nav a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).contains("zoom=week").contains("at=2025-09-14"))
                .anySatisfy(href -> assertThat(href).doesNotContain("zoom=").contains("at=2025-09-14"));
        Document jumped = page("/timeline?at=2025-07-01");
        assertThat(jumped.select("h2.month__heading").first().text()).isEqualTo("June 2025");
    }

    private static Element mark(Document page, String path) {
        Element link = page.select(".visual__svg a[href=" + path + "]").first();
        assertThat(link).as("a mark linking to %s", path).isNotNull();
        return link.select("circle, rect").first();
    }

    @Test
    void otherClientErrorsGetTheFriendly400Page() throws Exception {
        String html = mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 405)
                        .requestAttr("jakarta.servlet.error.request_uri", "/timeline")
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isMethodNotAllowed())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("This request cannot be answered");
        assertThat(html).doesNotContain("Whitelabel");
    }

    @Test
    void unknownAddressesGetAFriendly404() throws Exception {
        String html = mvc.perform(get("/no-such-page"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Page not found").doesNotContain("Whitelabel");
    }

    private Document page(String address) throws Exception {
        String html = mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static Element entryLinkingTo(Document page, String hrefPrefix, String titlePart) {
        return page.select("article.entry").stream()
                .filter(e -> e.select("h3 a").attr("href").startsWith(hrefPrefix))
                .filter(e -> e.select("h3").text().contains(titlePart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry linking to " + hrefPrefix + " titled " + titlePart));
    }
}
