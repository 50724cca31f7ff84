package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.defencetracker.WebPageTest;
import org.defencetracker.demo.SyntheticIncidents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With 200,000 generated incidents, a page 2,000 pages deep is served like the first one: keyset paging never
 * counts past what it skips. Timings are printed for people to compare, not asserted (the benchmark measures speed).
 * Tagged "load": it runs with {@code -Pload}, in a step of its own, not in every {@code verify}.
 */
@Tag("load")
@WebPageTest
class TimelineDepthTest {

    static final int INCIDENTS = 200_000;
    static final int PAGE = 50;
    static final int DEPTH = 2_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticIncidents generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void servesAPageTwoThousandPagesDeepLikeTheFirst() throws Exception {
        long before = countSynthetic();
        long started = System.nanoTime();
        assertThat(generator.generate(INCIDENTS, 7)).isEqualTo(INCIDENTS);
        System.out.printf("Generated %,d incidents in %.1f s%n", INCIDENTS, (System.nanoTime() - started) / 1e9);
        assertThat(countSynthetic()).isEqualTo(before + INCIDENTS);

        String filter = "/timeline?kind=INCIDENT&to=2024-12-31&size=" + PAGE;
        List<String> deepCursor = jdbc.sql("""
                        select date_on || '.' || id from timeline_entry
                        where kind = 'INCIDENT' and date_on <= date '2024-12-31'
                        order by date_on desc, id desc offset :skip limit 1
                        """)
                .param("skip", (long) PAGE * (DEPTH - 1) - 1)
                .query(String.class)
                .list();
        assertThat(deepCursor).hasSize(1);
        String deep = filter + "&before=" + deepCursor.get(0);

        Document first = page(filter);
        Document deepPage = page(deep);
        assertThat(first.select("article.entry")).hasSize(PAGE);
        assertThat(deepPage.select("article.entry")).hasSize(PAGE);
        assertThat(deepPage.select("article.entry time").first().attr("datetime"))
                .isLessThanOrEqualTo(first.select("article.entry time").last().attr("datetime"));

        double firstMillis = medianMillis(filter);
        double deepMillis = medianMillis(deep);
        System.out.printf(
                "Timeline with %,d incidents: page 1 in %.1f ms, page %,d in %.1f ms (median of 7)%n",
                INCIDENTS, firstMillis, DEPTH, deepMillis);

        // Words go through the full-text index: a rare word, and one that every generated incident holds.
        System.out.printf(
                "Timeline with %,d incidents: q=emergency in %.1f ms (median of 7), q=synthetic in %.1f ms (once)%n",
                INCIDENTS, medianMillis("/timeline?q=emergency"), onceMillis("/timeline?q=synthetic"));
        System.out.printf(
                "Search with %,d incidents: emergency ministry mandate in %.1f ms (median of 7), synthetic in %.1f ms"
                        + " (once)%n",
                INCIDENTS, medianMillis("/search?q=emergency ministry mandate"), onceMillis("/search?q=synthetic"));
    }

    private double onceMillis(String address) throws Exception {
        page(address);
        long start = System.nanoTime();
        page(address);
        return (System.nanoTime() - start) / 1e6;
    }

    private long countSynthetic() {
        return jdbc.sql("select count(*) from airspace_incident where title like 'Synthetic incident %'")
                .query(Long.class)
                .single();
    }

    private double medianMillis(String address) throws Exception {
        for (int i = 0; i < 3; i++) {
            page(address);
        }
        double[] millis = new double[7];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            page(address);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
