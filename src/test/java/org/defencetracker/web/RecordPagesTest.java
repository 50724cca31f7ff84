package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.shared.FuzzyDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest
@Import(TestRecords.class)
class RecordPagesTest {

    static final String[] FIVE_DUTIES = {
        "Defend facilities under its authority according to territorial-defence plans",
        "Warn citizens early about emerging security threats",
        "Help evacuate civilians when needed",
        "Keep civil-defence bodies constantly ready for territorial-defence tasks",
        "Promote the activities of the military-patriotic education system"
    };

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

    @Autowired
    MandateService mandates;

    @Test
    void showsNoneOfTheFiveDutiesBeforeTheDecree() throws Exception {
        BodyView mes = DemoRecords.ministryOfEmergencySituations(bodies);
        Document page = page("/bodies/" + mes.id() + "?asOf=2025-09-01");
        assertThat(page.select("h1").text()).contains("Ministry of Emergency Situations");
        assertThat(page.select("#mandate ~ ul.duties, section:has(#mandate) ul.duties li")
                        .text())
                .doesNotContain(FIVE_DUTIES);
        assertThat(page.select("section:has(#mandate)").text()).contains("No duties on record for this date.");
    }

    @Test
    void showsAllFiveDutiesTheDayAfterTheDecreeEachLinkingToIt() throws Exception {
        BodyView mes = DemoRecords.ministryOfEmergencySituations(bodies);
        ActView decree = DemoRecords.decreeOf14September(acts);
        Document page = page("/bodies/" + mes.id() + "?asOf=2025-09-15");
        var duties = page.select("section:has(#mandate) > ul.duties > li");
        assertThat(duties.eachText()).hasSize(5);
        for (String duty : FIVE_DUTIES) {
            var item = duties.stream()
                    .filter(li -> li.text().contains(duty))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("missing duty " + duty));
            assertThat(item.select("a.act-link").attr("href")).isEqualTo("/acts/" + decree.id());
        }
    }

    @Test
    void showsWhatTheMandateGainedBetweenTwoDates() throws Exception {
        BodyView mes = DemoRecords.ministryOfEmergencySituations(bodies);
        Document page = page("/bodies/" + mes.id() + "?asOf=2025-09-15&since=2025-09-01");
        assertThat(page.select(".diff li.duty--added")).hasSize(5);
        assertThat(page.select(".diff li.duty--removed")).isEmpty();
    }

    @Test
    void showsALostDutyWithTheActThatTookItAway() throws Exception {
        BodyView issuer = records.body("Diff issuer");
        BodyView ministry = records.body("Diff ministry");
        ActView granting = records.act(issuer.id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(2001, 1, 10))
                .grants(ministry.id(), LocalDate.of(2001, 1, 10), null, "Keep the lost register")
                .issue();
        ActView repeal = records.act(issuer.id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(2001, 6, 1))
                .issue();
        acts.withdraw(repeal.id(), mandates.ofAct(granting.id()).get(0).id(), LocalDate.of(2001, 6, 1));

        Document page = page("/bodies/" + ministry.id() + "?asOf=2001-07-01&since=2001-02-01");

        assertThat(page.select(".diff li.duty--removed")).singleElement().satisfies(li -> {
            assertThat(li.text()).contains("Keep the lost register").contains("taken away by");
            assertThat(li.select("a").attr("href")).isEqualTo("/acts/" + repeal.id());
            assertThat(li.select("a").text()).isEqualTo(repeal.label());
        });
    }

    @Test
    void actPageShowsStagesDutiesIncidentsAroundItAndSources() throws Exception {
        ActView decree = DemoRecords.decreeOf14September(acts);
        Document page = page("/acts/" + decree.id());
        assertThat(page.select(".stages").text()).contains("Adopted").contains("14 September 2025");
        assertThat(page.select("section:has(#duties) li.duty")).hasSize(5);
        assertThat(page.select("section:has(#incidents)").text())
                .contains("Series of drone incursions into Kazakhstan");
        assertThat(page.select("section:has(#sources)").text())
                .contains("Kazakhstan bolsters rapid response capabilities to potential security threats");
        assertThat(page.select(".facts").text()).contains("not given in the sources");
    }

    @Test
    void lawPageShowsTheSenateStageAndTheCommitteesStatement() throws Exception {
        ActView law = DemoRecords.territorialDefenceAct(acts);
        Document page = page("/acts/" + law.id());
        assertThat(page.select(".stages").text())
                .contains("Approved by the Senate")
                .contains("June 2025");
        assertThat(page.select("section:has(#statements)").text())
                .contains("Senate Committee on International Relations, Defence and Security")
                .contains("legal basis of state policy on territorial defence");
    }

    @Test
    void incidentPageShowsTheClaimLedgerAndTheAttributionThatFollows() throws Exception {
        long transit = DemoRecords.allegedTransit(incidents).id();
        Document page = page("/incidents/" + transit);
        assertThat(page.select(".attribution-summary .badge").text()).isEqualTo("Denied by Kazakhstani officials");
        assertThat(page.select("ol.ledger > li")).hasSize(3);
        assertThat(page.select("ol.ledger").text())
                .contains("Russia")
                .contains("Russian Telegram channels")
                .contains("Kazakhstani officials")
                .contains("Denies");
        long incursions = DemoRecords.incursions(incidents).id();
        Document confirmed = page("/incidents/" + incursions);
        assertThat(confirmed.select(".attribution-summary .badge").text())
                .isEqualTo("Confirmed by Kazakhstani defence officials: Russia");
        assertThat(confirmed.select("section:has(#acts)").text()).contains("Territorial Defence Act");
    }

    @Test
    void listsRecords() throws Exception {
        // Newest first: an act just issued is on the first page of the list and of its kind.
        ActView law = records.act(records.body().id())
                .kind(org.defencetracker.act.ActKind.LAW)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2002, 3, 4))
                .issue();
        assertThat(page("/acts").text()).contains(law.titleEn());
        assertThat(page("/acts?kind=LAW").text()).contains(law.titleEn());
        assertThat(page("/acts?kind=DECREE").text()).doesNotContain(law.titleEn());
        // The tree is paged by its top-level bodies, and other tests' bodies may come before the demo's.
        StringBuilder tree = new StringBuilder();
        for (String address = "/bodies"; !address.isEmpty(); ) {
            Document bodies = page(address);
            tree.append(bodies.select(".tree").text());
            address = bodies.select("nav.pager a[rel=next]").attr("href");
        }
        assertThat(tree.toString()).contains("Senate Committee on International Relations, Defence and Security");
        assertThat(page("/incidents").text()).contains("Series of drone incursions into Kazakhstan");
    }

    @Test
    void unknownRecordsGetAFriendly404() throws Exception {
        for (String address : new String[] {"/acts/999999", "/bodies/999999", "/incidents/999999", "/acts/abc"}) {
            String html = mvc.perform(get(address))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(address).contains("Page not found").doesNotContain("Whitelabel", "Exception");
        }
    }

    @Test
    void refusesAnUnusableAsOfDateWithA400() throws Exception {
        BodyView mes = DemoRecords.ministryOfEmergencySituations(bodies);
        for (String query : new String[] {"asOf=yesterday", "asOf=2025-09-01&since=2025-10-01"}) {
            String html = mvc.perform(get("/bodies/" + mes.id() + "?" + query))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).select(".problem").text()).as(query).containsAnyOf("\"asOf\"", "\"since\"");
        }
        mvc.perform(get("/acts?kind=TREATY")).andExpect(status().isBadRequest());
    }

    private Document page(String address) throws Exception {
        String html = mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
