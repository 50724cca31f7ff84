package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.demo.SyntheticIncidents;
import org.defencetracker.shared.FuzzyDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plans that stay fast at size, read at 20,000 generated incidents. Word queries choose their plan by how common the
 * words are: a word they all hold is read by walking the date index, a rare one through the words' index; and their
 * counts stop at 10,000, marked "+". A date range counts the entries of its edge months from an index alone, and
 * its whole months among the monthly counts of a year around it. A context of its own, so that the generated
 * incidents stay out of the other tests' database.
 */
@WebPageTest
@Import(TestRecords.class)
class QueryPlanTest {

    private static final int GENERATED = 20_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimelineQueries queries;

    @Autowired
    SyntheticIncidents generator;

    @Autowired
    TimelineCounts counts;

    @Autowired
    TestRecords records;

    @BeforeEach
    void generatedIncidents() {
        long held = jdbc.sql("select count(*) from timeline_entry e where e.words @@ to_tsquery('simple', 'synthetic')")
                .query(Long.class)
                .single();
        if (held < GENERATED) {
            generator.generate(GENERATED, 11);
            jdbc.sql("vacuum analyze timeline_entry").update();
            jdbc.sql("vacuum analyze search_document").update();
        }
    }

    @Test
    void walksTheDateIndexForAFrequentWordAndTheWordsIndexForARareOne() {
        String rare = TestRecords.uniqueWord();
        records.incident(FuzzyDate.day(2019, 5, 6), rare);

        List<String> frequentPlan = plan("synthetic");
        List<String> rarePlan = plan(rare);

        assertThat(String.join("\n", frequentPlan))
                .contains("ix_timeline_order")
                .doesNotContain("ix_timeline_words")
                .doesNotContain("Bitmap");
        assertThat(String.join("\n", rarePlan)).contains("Bitmap Index Scan on ix_timeline_words");
    }

    @Test
    void findsTheSameNewestEntriesWhicheverPlanReadsThem() {
        TimelineFilter frequent = new TimelineFilter(null, null, null, null, null, null, null, "synthetic");
        TimelinePage page = queries.page(frequent, null, null, 20);
        List<Long> newest = jdbc.sql("select e.id from timeline_entry e where e.words @@ search_query('synthetic')"
                        + " order by (e.date_on + 0) desc, e.id desc limit 20")
                .query(Long.class)
                .list();

        assertThat(page.entries()).extracting(TimelineEntry::id).isEqualTo(newest);
    }

    @Test
    void countsUpToTenThousandAndMarksTheRestOnTheTimelineAndInSearch() throws Exception {
        Document timeline = page("/timeline?q=synthetic");
        Document search = page("/search?q=synthetic");

        assertThat(timeline.select(".page-head .count").text()).isEqualTo("10,000+ entries");
        assertThat(search.select(".page-head .count").text()).isEqualTo("Found 10,000+ records");
        mvc.perform(get("/api/v1/search").param("q", "synthetic"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(10_000))
                .andExpect(jsonPath("$.totalEstimated").value(true))
                .andExpect(jsonPath("$.items.length()").value(20));
        String rare = TestRecords.uniqueWord();
        records.incident(FuzzyDate.day(2019, 5, 7), rare);
        assertThat(page("/timeline?q=" + rare).select(".page-head .count").text())
                .isEqualTo("1 entry");
        mvc.perform(get("/api/v1/search").param("q", rare))
                .andExpect(jsonPath("$.totalEstimated").value(false));
    }

    @Test
    void countsTheEdgesOfARangeFromAnIndexAloneAndItsMonthsFromAYearOfCounts() {
        TimelineFilter range = new TimelineFilter(
                LocalDate.of(2019, 3, 12), LocalDate.of(2019, 5, 20), null, null, null, null, null, null);

        List<TimelineCounts.Statement> statements =
                counts.statements(range, List.of(TimelineCounts.Dimension.values()), true);

        // As autovacuum leaves a table at rest: the pages all visible, so that an index can answer alone.
        jdbc.sql("vacuum analyze timeline_entry").update();
        assertThat(statements).hasSize(3);
        assertThat(explain(statements.get(0)))
                .contains("Index Cond")
                .contains("on_month >= ")
                .doesNotContain("Seq Scan");
        for (TimelineCounts.Statement edge : statements.subList(1, 3)) {
            assertThat(explain(edge)).contains("Index Only Scan").doesNotContain("Heap");
        }
    }

    @Test
    void listsARecentRangeByWalkingTheDateIndex() {
        // The newest months are where the planner's guess for "ends after from and starts before to" is furthest
        // off (it multiplies the two as if unrelated): it read and sorted a range's every entry to list 50.
        TimelineFilter range = new TimelineFilter(
                LocalDate.of(2024, 6, 22), LocalDate.of(2024, 8, 17), null, null, null, null, null, null);
        TimelineSql sql = queries.listing(range).param("limit", 51);

        String plan = String.join(
                "\n",
                jdbc.sql("explain " + TimelineQueries.listQuery(range, sql, TimelineQueries.NEWEST_FIRST))
                        .params(sql.params())
                        .query(String.class)
                        .list());

        assertThat(plan).contains("Index Scan using ix_timeline_order").doesNotContain("Sort");
    }

    private String explain(TimelineCounts.Statement statement) {
        return String.join(
                "\n",
                jdbc.sql("explain " + statement.sql())
                        .params(statement.params())
                        .query(String.class)
                        .list());
    }

    private List<String> plan(String words) {
        TimelineFilter filter = new TimelineFilter(null, null, null, null, null, null, null, words);
        TimelineSql sql = queries.listing(filter).param("limit", 21);
        return jdbc.sql("explain " + TimelineQueries.listQuery(filter, sql, TimelineQueries.NEWEST_FIRST))
                .params(sql.params())
                .query(String.class)
                .list();
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
