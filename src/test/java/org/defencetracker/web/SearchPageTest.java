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
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest
@Import(TestRecords.class)
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActService acts;

    @Autowired
    SourceService sources;

    @Autowired
    TestRecords records;

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
    void showsARussianReaderTheRussianTitleWithItsMatchedWordsMarked() throws Exception {
        String word = TestRecords.uniqueWord();
        long act = actTitledInThreeLanguages(word).id();

        Element hit = search("обороне " + word, "ru").selectFirst(".search-hit");

        assertThat(hit.select("h2 a").attr("href")).isEqualTo("/acts/" + act);
        assertThat(hit.select("h2").text()).startsWith("Закон о территориальной обороне " + word);
        assertThat(hit.select("h2 mark").eachText()).contains("обороне", word);
        assertThat(hit.select("h2 .untranslated, h2 .untranslated-mark")).isEmpty();
        // The summary exists in English only: declared and marked as such.
        assertThat(hit.select(".search-hit__snippet .untranslated[lang=en]").text())
                .startsWith("Establishes the territorial defence");
        assertThat(hit.select(".search-hit__snippet .untranslated-mark")).hasSize(1);
        assertThat(hit.select(".search-hit__snippet").text()).doesNotContain("Закон", "Заң");
    }

    @Test
    void showsARussianReaderTheEnglishTitleMarkedWhereTheRecordHasNoRussianOne() throws Exception {
        String word = TestRecords.uniqueWord();
        source("Report on " + word, "A note on " + word);

        Element hit = search(word, "ru").selectFirst(".search-hit");

        Elements english = hit.select("h2 a .untranslated[lang=en]");
        assertThat(english.text()).isEqualTo("Report on " + word);
        assertThat(english.select("mark").eachText()).containsExactly(word);
        assertThat(hit.select("h2 .untranslated-mark").text()).isNotBlank();
        assertThat(hit.select(".search-hit__snippet .untranslated[lang=en] mark")
                        .eachText())
                .containsExactly(word);
    }

    @Test
    void showsAnEnglishReaderNoRussianOrKazakhTextUndeclared() throws Exception {
        String word = TestRecords.uniqueWord();
        actTitledInThreeLanguages(word);

        Document english = search(word, "en");
        Element hit = english.selectFirst(".search-hit");
        assertThat(hit.select("h2").text()).startsWith("Law on territorial defence " + word);
        assertThat(hit.select(".untranslated, .untranslated-mark")).isEmpty();
        assertThat(cyrillicOutsideDeclaredLanguages(english)).isEmpty();

        // Found by a Russian word, the Russian title that holds it is shown too, declared as Russian.
        Document byRussianWord = search("обороне " + word, "en");
        assertThat(byRussianWord.select(".search-hit [lang=ru] mark").eachText())
                .contains("обороне");
        assertThat(cyrillicOutsideDeclaredLanguages(byRussianWord)).isEmpty();
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
    void answersTheApiWithTheEnglishTitleAndTheRussianAndKazakhOnesBesideIt() throws Exception {
        String word = TestRecords.uniqueWord();
        actTitledInThreeLanguages(word);

        mvc.perform(get("/api/v1/search").param("q", "обороне " + word))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("Law on territorial defence " + word))
                .andExpect(jsonPath("$.items[0].titleRu").value("Закон о территориальной обороне " + word))
                .andExpect(jsonPath("$.items[0].titleKk").value("Аумақтық қорғаныс туралы заң " + word))
                .andExpect(jsonPath("$.items[0].snippet").value("Establishes the territorial defence forces " + word))
                .andExpect(jsonPath("$.items[0].highlights.titleRu[1].text").value("обороне"))
                .andExpect(jsonPath("$.items[0].highlights.titleRu[1].marked").value(true));
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

    private ActView actTitledInThreeLanguages(String word) {
        return records.act(records.body().id())
                .titled("Law on territorial defence " + word)
                .titledAlso("Закон о территориальной обороне " + word, "Аумақтық қорғаныс туралы заң " + word)
                .summary("Establishes the territorial defence forces " + word)
                .stage(StageKind.SIGNED, FuzzyDate.day(1994, 6, 6))
                .issue();
    }

    /** The page's main text with every element declaring its own language left out, in Cyrillic letters. */
    private static String cyrillicOutsideDeclaredLanguages(Document page) {
        Element main = page.selectFirst("main").clone();
        main.select("[lang]").remove();
        return main.text().replaceAll("[^\\p{IsCyrillic}]", "");
    }

    private SourceView source(String title, String note) {
        return sources.create(new CreateSource(
                "Test publisher", title, "https://example.org/" + TestRecords.uniqueWord(), null, note));
    }

    private Document search(String words) throws Exception {
        return search(words, "en");
    }

    private Document search(String words, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/search").param("q", words).param("lang", language))
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
