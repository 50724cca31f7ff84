package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.FuzzyDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline's surroundings are kept per version of the data, view and language, and never shown stale. */
@WebPageTest
@Import(TestRecords.class)
class TimelineSurroundingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    TimelineSurroundings surroundings;

    @Test
    void showsWhatWasWrittenSinceTheSurroundingsWereKept() throws Exception {
        String word = TestRecords.uniqueWord();
        LocalDate day = TestRecords.quietDay();
        records.incident(FuzzyDate.exact(day), word);
        String address = "/timeline?q=" + word;

        Document first = page(address, Locale.ENGLISH);
        assertThat(first.select("p.count").text()).isEqualTo("1 entry");
        assertThat(first.select(".country-map__unplaced li")).hasSize(1);
        int kept = surroundings.size();
        assertThat(page(address, Locale.ENGLISH).select("p.count").text()).isEqualTo("1 entry");
        assertThat(surroundings.size())
                .as("the same view again is read from what was kept")
                .isEqualTo(kept);

        records.incident(FuzzyDate.exact(day.plusDays(1)), word);

        Document after = page(address, Locale.ENGLISH);
        assertThat(after.select("article.entry")).hasSize(2);
        assertThat(after.select("p.count").text()).isEqualTo("2 entries");
        assertThat(after.select(".country-map__unplaced li")).hasSize(2);
    }

    @Test
    void computesAViewOnceWhileManyAskForItAtOnce() throws Exception {
        String word = TestRecords.uniqueWord();
        records.incident(FuzzyDate.exact(TestRecords.quietDay()), word);
        String address = "/timeline?q=" + word;
        long before = surroundings.computed();
        int readers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return page(address, Locale.ENGLISH).select("p.count").text();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("1 entry");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(surroundings.computed() - before)
                .as("the view is computed by one request; the others wait for it")
                .isEqualTo(1);
    }

    @Test
    void keepsEachFilterAndLanguageApart() throws Exception {
        String one = TestRecords.uniqueWord();
        String other = TestRecords.uniqueWord();
        LocalDate day = LocalDate.of(1996, 3, 10);
        records.incident(FuzzyDate.exact(day), one);
        records.incident(FuzzyDate.exact(day), other);
        records.incident(FuzzyDate.exact(day.plusDays(2)), other);
        String range = "&from=1996-01-01&to=1996-12-31";

        Document english = page("/timeline?q=" + one + range, Locale.ENGLISH);
        Document russian = page("/timeline?q=" + one + range, Locale.forLanguageTag("ru"));
        Document otherWord = page("/timeline?q=" + other + range, Locale.ENGLISH);

        assertThat(english.select(".chart__svg .axis__label").text()).contains("Mar");
        assertThat(russian.select(".chart__svg .axis__label").text())
                .doesNotContain("Mar")
                .isNotEqualTo(english.select(".chart__svg .axis__label").text());
        assertThat(english.select("p.count").text()).isEqualTo("1 entry");
        assertThat(otherWord.select("p.count").text()).isEqualTo("2 entries");
        assertThat(otherWord.select("input#q").val()).isEqualTo(other);
        assertThat(page("/timeline?q=" + one + range, Locale.ENGLISH)
                        .select(".chart__svg .axis__label")
                        .text())
                .isEqualTo(english.select(".chart__svg .axis__label").text());
    }

    private Document page(String address, Locale locale) throws Exception {
        String html = mvc.perform(get(address).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
