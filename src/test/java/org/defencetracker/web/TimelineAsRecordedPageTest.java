package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.defencetracker.WebPageTest;
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
        // The minute control shows a day as its last minute, whose end is the end of the day.
        assertThat(then.select("#recordedOn").val()).isEqualTo(yesterday + "T23:59");
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

    @Test
    void showsTheTimelineAsRecordedAtTheEndOfAMinuteBeforeAndAfterAnEdit() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        // The edit is made at 20 seconds past a known minute two hours ago, in the zone of the application's clock.
        LocalDateTime edited =
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
        TitleEdits.retitleAt(
                writer,
                jdbc,
                "test-recorded-minute:" + word,
                "Before the edit " + word,
                "After the edit " + word,
                edited,
                clock.getZone());

        Document before = page("/timeline?q=" + word + "&recordedOn=" + edited.minusMinutes(1));
        Document after = page("/timeline?q=" + word + "&recordedOn=" + edited);

        assertThat(before.select("article.entry").text()).contains("Before the edit " + word);
        assertThat(after.select("article.entry").text()).contains("After the edit " + word);
        assertThat(before.select(".as-recorded").text())
                .contains(edited.minusMinutes(1).toLocalTime().toString())
                .contains("(" + clock.getZone().getId() + ")");
        assertThat(before.select("#recordedOn").val())
                .isEqualTo(edited.minusMinutes(1).toString());
        // On a phone the folded filters' link says that words narrow the list.
        assertThat(before.select(".filters-open a").text()).isEqualTo("Filters (in use)");
        assertThat(before.select("a[href^=/timeline.csv]").attr("href"))
                .contains("recordedOn=" + edited.minusMinutes(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-40", "yesterday", "2999-01-01", "2025-09-14T25:00", "2999-01-01T10:30"})
    void refusesAnUnusableDayWithA400PageThatNamesIt(String value) throws Exception {
        String html = mvc.perform(get("/timeline?recordedOn=" + value))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".problem").text()).contains("Parameter \"recordedOn\"");
    }

    private static TimelineEntryDraft draft(String word, String which, String title) {
        return TitleEdits.draft("test-recorded-page:" + word + ":" + which, title);
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
