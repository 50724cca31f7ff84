package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timeline page as recorded at the end of a past day. The test cannot wait a day between writing and
 * changing an entry, so it moves its own entries' history back two days after writing them (see
 * {@code TimelineAsRecordedTest}).
 */
@WebPageTest
class TimelineAsRecordedPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void showsTitlesAsTheyWereRecordedAndKeepsTheDayInEveryLink() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        writer.record(draft(word, "1", "First old " + word));
        writer.record(draft(word, "2", "Second old " + word));
        jdbc.sql("""
                        update timeline_entry_history
                           set recorded_from = recorded_from - interval '2 days',
                               recorded_to = recorded_to - interval '2 days'
                         where entry_key like :key
                        """).param("key", "test-recorded-page:" + word + "%").update();
        writer.record(draft(word, "1", "First new " + word));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        Document then = page("/timeline?q=" + word + "&size=1&recordedOn=" + yesterday);
        Document now = page("/timeline?q=" + word + "&size=1");

        assertThat(then.select(".as-recorded").text())
                .contains("Timeline as recorded at the end of")
                .contains(String.valueOf(yesterday.getYear()))
                .contains("later changes are not shown");
        assertThat(then.select(".as-recorded a").attr("href"))
                .contains("q=" + word)
                .doesNotContain("recordedOn");
        assertThat(then.select("#recordedOn").val()).isEqualTo(yesterday.toString());
        assertThat(then.select(".count").text()).isEqualTo("2 entries");
        assertThat(now.select(".as-recorded")).isEmpty();
        assertThat(now.select(".count").text()).isEqualTo("2 entries");

        // Entries of one day come newest id first: the second entry, then the first.
        assertThat(then.select("article.entry").text()).contains("Second old " + word);
        String older = then.select("a[rel=next]").attr("href");
        assertThat(older).contains("recordedOn=" + yesterday);
        assertThat(page(older).select("article.entry").text())
                .contains("First old " + word)
                .doesNotContain("First new");
        assertThat(page(now.select("a[rel=next]").attr("href"))
                        .select("article.entry")
                        .text())
                .contains("First new " + word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-40", "yesterday", "2999-01-01"})
    void refusesAnUnusableDayWithA400PageThatNamesIt(String value) throws Exception {
        String html = mvc.perform(get("/timeline?recordedOn=" + value))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".problem").text()).contains("Parameter \"recordedOn\"");
    }

    private static TimelineEntryDraft draft(String word, String which, String title) {
        return new TimelineEntryDraft(
                "test-recorded-page:" + word + ":" + which,
                EntryKind.STATEMENT,
                "TEST",
                FuzzyDate.day(1991, 8, 30),
                EntryTitle.text(title),
                null,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
