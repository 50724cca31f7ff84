package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A record's own words in the reader's language: an act's title and summary, an incident's title and description,
 * as editors wrote them in Russian and Kazakh, on the record's page and on the timeline; where one is missing the
 * English text shows, declared English and marked. A word of either language finds the entry.
 */
@WebPageTest
@Import(TestRecords.class)
class ContentLanguagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Autowired
    IncidentService incidents;

    @Test
    void anActReadsInRussianAndFallsBackToEnglishMarkedInKazakh() throws Exception {
        String word = TestRecords.uniqueWord();
        ActView act = act(word);

        Document russian = page("/acts/" + act.id() + "?lang=ru");
        assertThat(russian.select("h1").text()).isEqualTo("О воздушной обороне " + word);
        assertThat(russian.select("h1 .untranslated-mark")).isEmpty();
        assertThat(russian.select("#summary ~ p.lead, p.lead").text()).isEqualTo("Кто охраняет небо " + word);

        Document kazakh = page("/acts/" + act.id() + "?lang=kk");
        Element title = kazakh.selectFirst("h1 .untranslated[lang=en]");
        assertThat(title).isNotNull();
        assertThat(title.text()).isEqualTo("On air defence " + word);
        assertThat(kazakh.select("h1 .untranslated-mark").text()).isEqualTo("ағылшынша нұсқасы көрсетілген");
        assertThat(kazakh.select("p.lead .untranslated[lang=en]").text()).isEqualTo("Who guards the sky " + word);
    }

    @Test
    void anIncidentReadsInRussianOnItsPageAndOnTheTimelineAndARussianWordFindsIt() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = incident(word);

        Document page = page("/incidents/" + incident.id() + "?lang=ru");
        assertThat(page.select("h1").text()).isEqualTo("Беспилотник над Павлодаром " + word);
        assertThat(page.select("p.lead").text()).isEqualTo("Упал в поле " + word);

        Document timeline = page("/timeline?lang=ru&q=" + word);
        Element entry = timeline.selectFirst("#entry-" + entryId(timeline, incident));
        assertThat(entry).isNotNull();
        assertThat(entry.select(".entry__title").text()).isEqualTo("Беспилотник над Павлодаром " + word);
        assertThat(entry.select(".entry__summary").text()).isEqualTo("Упал в поле " + word);
        assertThat(entry.select(".untranslated")).isEmpty();

        Document english = page("/timeline?lang=en&q=" + word);
        assertThat(english.select(".entry__title").eachText()).contains("Drone over Pavlodar " + word);

        Document byRussianWord = page("/timeline?lang=en&q={q}", "Павлодаром " + word);
        assertThat(byRussianWord.select(".entry__title").eachText()).contains("Drone over Pavlodar " + word);

        Document kazakh = page("/incidents/" + incident.id() + "?lang=kk");
        assertThat(kazakh.select("h1").text()).isEqualTo("Павлодар үстіндегі дрон " + word);
        assertThat(kazakh.select("p.lead .untranslated[lang=en]").text()).isEqualTo("Fell in a field " + word);
        assertThat(kazakh.select("p.lead .untranslated-mark")).hasSize(1);
    }

    private ActView act(String word) {
        BodyView issuer = records.body("Content ministry");
        SourceView source = records.source();
        return acts.issue(new IssueAct(
                ActKind.ORDER,
                null,
                null,
                null,
                "On air defence " + word,
                "О воздушной обороне " + word,
                null,
                issuer.id(),
                "Who guards the sky " + word,
                "Кто охраняет небо " + word,
                null,
                List.of(new IssueAct.Stage(StageKind.SIGNED, FuzzyDate.day(2011, 3, 4), null, null)),
                List.of(),
                List.of(source.id())));
    }

    private IncidentView incident(String word) {
        SourceView source = records.source();
        return incidents.record(new RecordIncident(
                IncidentKind.DRONE_INCURSION,
                "Drone over Pavlodar " + word,
                FuzzyDate.day(2011, 5, 6),
                "KZ",
                "KZ-55",
                null,
                null,
                null,
                GeoPrecision.REGION,
                1,
                null,
                IncidentResponse.UNKNOWN,
                "Fell in a field " + word,
                List.of(source.id()),
                new IncidentTranslations(
                        "Беспилотник над Павлодаром " + word,
                        "Павлодар үстіндегі дрон " + word,
                        "Упал в поле " + word,
                        null)));
    }

    /** The id of the timeline entry that stands for the incident, read from its link on the page. */
    private static String entryId(Document timeline, IncidentView incident) {
        Element link = timeline.selectFirst("article.entry a[href='/incidents/" + incident.id() + "']");
        assertThat(link).as("the incident's entry").isNotNull();
        return link.closest("article.entry").id().substring("entry-".length());
    }

    private Document page(String address, Object... values) throws Exception {
        String html = mvc.perform(get(address, values))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
