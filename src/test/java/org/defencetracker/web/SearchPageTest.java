package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActService;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActService acts;

    @Autowired
    SourceService sources;

    @Test
    void showsTheDecreeFirstWithItsMatchedWordsMarkedAndLinked() throws Exception {
        long decree = DemoRecords.decreeOf14September(acts).id();

        Document page = search("emergency ministry mandate");

        assertThat(page.select(".search-hit").first().select("h2 a").attr("href"))
                .isEqualTo("/acts/" + decree);
        assertThat(page.select(".search-hit").first().select("h2 mark").eachText())
                .contains("Ministry", "Emergency");
        assertThat(page.select(".search-hit")
                        .first()
                        .select(".search-hit__snippet mark")
                        .eachText())
                .contains("mandate");
        assertThat(page.select("#site-search-q").val()).isEqualTo("emergency ministry mandate");
        assertThat(page.select("#search-q").val()).isEqualTo("emergency ministry mandate");
    }

    @Test
    void writesStoredMarkupAsText() throws Exception {
        String word = TestRecords.uniqueWord();
        source("Report " + TestRecords.uniqueWord(), "<script>alert('x')</script><b>bold</b> and " + word);

        String html = mvc.perform(get("/search?q=" + word))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold");
        assertThat(Jsoup.parse(html).select(".search-hit__snippet mark").eachText())
                .containsExactly(word);
    }

    @Test
    void countsKindsAndNarrowsToOneByItsLink() throws Exception {
        String word = TestRecords.uniqueWord();
        source("Report " + word, null);
        source("Review " + word, null);

        Document all = page("/search?q=" + word);
        assertThat(all.select("#facet-source .facet-count").text()).isEqualTo("2");
        assertThat(all.select("#facet-act .facet-count").text()).isEqualTo("0");
        String narrowed = all.select("#facet-source a").attr("href");
        assertThat(narrowed).isEqualTo("/search?q=" + word + "&kind=source");

        Document sourcesOnly = page(narrowed);
        assertThat(sourcesOnly.select(".search-hit")).hasSize(2);
        assertThat(sourcesOnly.select("#facet-source a").attr("aria-current")).isEqualTo("page");
        assertThat(page("/search?q=" + word + "&kind=act").select(".search-hit"))
                .isEmpty();
    }

    @Test
    void offersTheClosestKnownWordWhenNothingIsFound() throws Exception {
        Document page = page("/search?q=emergncy");

        assertThat(page.select(".search-hit")).isEmpty();
        assertThat(page.select(".suggestion a").text()).isEqualTo("emergency");
        assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=emergency");
    }

    @Test
    void showsTheEmptyFormWithoutWords() throws Exception {
        Document page = page("/search");
        assertThat(page.select("form.search-form input[name=q]")).hasSize(1);
        assertThat(page.select(".search-hit")).isEmpty();
        assertThat(page.select(".search-kinds")).isEmpty();
        assertThat(search("  ").select(".search-kinds")).isEmpty();
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() throws Exception {
        Document page = page("/timeline");
        assertThat(page.select("header form[action=/search] input[name=q]")).hasSize(1);
        assertThat(page.select("label[for=site-search-q]").text()).isEqualTo("Search");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind=decree&q=law", "page=0&q=law", "page=abc&q=law", "page=51&q=law"})
    void refusesUnusableParametersWithA400Page(String query) throws Exception {
        mvc.perform(get("/search?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(containsString("This request cannot be answered")));
    }

    @Test
    void refusesTooManyWordsWithA400Page() throws Exception {
        mvc.perform(get("/search").param("q", "word ".repeat(50)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Parameter &quot;q&quot;")));
        mvc.perform(get("/search").param("q", "odd\u0000input")).andExpect(status().isBadRequest());
    }

    @Test
    void answersOddInputWithAPageNotAFailure() throws Exception {
        for (String odd : new String[] {"\"", "-", "or", "!!! & | <> ()", "'\\", "\"unclosed phrase", "- - -or or"}) {
            mvc.perform(get("/search").param("q", odd)).andExpect(status().isOk());
        }
    }

    @Test
    void pagesThroughManyHits() throws Exception {
        String word = TestRecords.uniqueWord();
        for (int i = 0; i < 23; i++) {
            source("Report " + i + " " + word, null);
        }
        Document first = page("/search?q=" + word);
        assertThat(first.select(".search-hit")).hasSize(20);
        String more = first.select("a[rel=next]").attr("href");
        assertThat(more).isEqualTo("/search?q=" + word + "&page=2");
        Document second = page(more);
        assertThat(second.select(".search-hit")).hasSize(3);
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/search?q=" + word);
    }

    @Test
    void answersTheApiWithTheSameResults() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source = source("Report " + word, "<i>note</i>");

        mvc.perform(get("/api/v1/search?q=" + word))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.facets.source").value(1))
                .andExpect(jsonPath("$.facets.act").value(0))
                .andExpect(jsonPath("$.items[0].kind").value("source"))
                .andExpect(jsonPath("$.items[0].id").value(source.id()))
                .andExpect(jsonPath("$.items[0].path").value("/sources/" + source.id()))
                .andExpect(jsonPath("$.items[0].title").value("Report " + word))
                .andExpect(jsonPath("$.items[0].highlights.title[1].text").value(word))
                .andExpect(jsonPath("$.items[0].highlights.title[1].marked").value(true))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/v1/search?q=emergncy"))
                .andExpect(jsonPath("$.suggestion").value("emergency"));
        mvc.perform(get("/api/v1/search?q=law&kind=decree"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void findsTheOtherSpellingAndReadsAnOpenQuoteAsAPhrase() throws Exception {
        String word = TestRecords.uniqueWord();
        source("Territorial defence organisation " + word + " after the drone attack", null);

        assertThat(search("defense organization " + word)
                        .select(".search-hit h2")
                        .text())
                .contains("Territorial defence organisation " + word);
        assertThat(search(word + " \"drone attack").select(".search-hit h2").text())
                .contains("Territorial defence organisation " + word);
        assertThat(search(word + " \"attack drone").select(".search-hit")).isEmpty();
    }

    private SourceView source(String title, String note) {
        return sources.create(new CreateSource(
                "Test publisher", title, "https://example.org/" + TestRecords.uniqueWord(), null, note));
    }

    private Document search(String words) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", words))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
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
