package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline's words filter reads web-search syntax, on the page and in the exports alike. */
@WebPageTest
class TimelineWordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TimelineWriter writer;

    @Test
    void readsPhrasesExclusionsAlternativesAndStemsOnThePageAndInTheCsv() throws Exception {
        String w = TestRecords.uniqueWord();
        String x = TestRecords.uniqueWord();
        String y = TestRecords.uniqueWord();
        record(w, "plain", "Drones sighted " + w, null);
        record(w, "both", "Drone report " + w + " " + x, null);
        record(w, "other", "Evacuation of civilians " + y, "Ministries warned " + w);

        assertThat(titles(w + " -" + x))
                .containsExactlyInAnyOrder("Drones sighted " + w, "Evacuation of civilians " + y);
        assertThat(titles("\"" + w + " " + x + "\"")).containsExactly("Drone report " + w + " " + x);
        assertThat(titles("\"" + x + " " + w + "\"")).isEmpty();
        assertThat(titles(x + " or " + y))
                .containsExactlyInAnyOrder("Drone report " + w + " " + x, "Evacuation of civilians " + y);
        // English stems: "drone" finds "Drones", "ministry" finds "Ministries" in a summary.
        assertThat(titles("drone " + w))
                .containsExactlyInAnyOrder("Drones sighted " + w, "Drone report " + w + " " + x);
        assertThat(titles("ministry " + w)).containsExactly("Evacuation of civilians " + y);

        String csv = mvc.perform(get("/timeline.csv").param("q", w + " -" + x))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .contains("Drones sighted " + w, "Evacuation of civilians " + y)
                .doesNotContain(x);
    }

    @Test
    void findsNothingForWordsWithoutLettersInsteadOfFailing() throws Exception {
        assertThat(titles("!!! -- \"")).isEmpty();
        mvc.perform(get("/timeline.csv").param("q", "\"unclosed or -")).andExpect(status().isOk());
    }

    private void record(String word, String which, String title, String summary) {
        writer.record(new TimelineEntryDraft(
                "test-words:" + word + ":" + which,
                EntryKind.INCIDENT,
                "DRONE_INCURSION",
                FuzzyDate.day(1993, 2, 2),
                EntryTitle.text(title),
                summary,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                EntryTranslations.NONE));
    }

    private List<String> titles(String words) throws Exception {
        String html = mvc.perform(get("/timeline").param("q", words).param("size", "200"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("article.entry h3").eachText();
    }
}
