package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.edit.EditPages.asEditor;
import static org.defencetracker.edit.EditPages.entries;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest
@Import(TestRecords.class)
class SourceFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SourceService sources;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TestRecords records;

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return EditPages.page(mvc, request, status);
    }

    @Test
    void anEditorAddsASourceAndFindsItInTheList() throws Exception {
        String word = TestRecords.uniqueWord();
        String location = mvc.perform(asEditor(post("/sources")
                        .param("publisher", "Publisher " + word)
                        .param("title", "Article " + word)
                        .param("url", "https://example.org/" + word)
                        .param("date", "2014-05")
                        .param("precision", "MONTH")))
                .andExpect(redirectedUrlPattern("/sources/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        SourceView saved = sources.get(Long.parseLong(location.substring("/sources/".length())));
        assertThat(saved.title()).isEqualTo("Article " + word);
        assertThat(saved.published()).isEqualTo(FuzzyDate.month(2014, 5));
        assertThat(page(get("/sources"), 200).select("a[href=" + location + "]"))
                .isNotEmpty();
        Document shown = page(get(location), 200);
        assertThat(shown.select("a[href=" + location + "/history]")).isNotEmpty();
        assertThat(shown.select("a[href=" + location + "/edit]")).isNotEmpty();
    }

    @Test
    void eachProblemIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        Document form = page(
                post("/sources")
                        .param("publisher", "")
                        .param("title", "T".repeat(501))
                        .param("url", "example.org/no-scheme")
                        .param("note", "N".repeat(1001))
                        .param("date", "2014-05")
                        .param("precision", "DAY"),
                200);
        assertThat(form.select("#publisher-error").text()).isEqualTo("Fill this in.");
        assertThat(form.select("#title-error").text()).contains("at most 500 characters");
        assertThat(form.select("#url-error").text()).contains("https://");
        assertThat(form.select("#note-error").text()).contains("at most 1,000 characters");
        assertThat(form.select("#date-error").text()).contains("full date");
        assertThat(form.select("#url").val()).isEqualTo("example.org/no-scheme");
        assertThat(form.select("#title").val()).hasSize(501);
        assertThat(form.select("#date").val()).isEqualTo("2014-05");
    }

    @Test
    void aDateAheadOfTodayAndNonsenseAreRefused() throws Exception {
        Document future = page(
                post("/sources")
                        .param("publisher", "P")
                        .param("title", "T")
                        .param("date", LocalDate.now().plusDays(2).toString())
                        .param("precision", "DAY"),
                200);
        assertThat(future.select("#date-error").text()).contains("too far ahead");
        Document nonsense = page(
                post("/sources")
                        .param("publisher", "P")
                        .param("title", "T")
                        .param("url", "ftp://example.org/x")
                        .param("date", "2014-02-30")
                        .param("precision", "NOT_A_PRECISION")
                        .param("version", "abc"),
                200);
        assertThat(nonsense.select("#url-error").text()).isNotEmpty();
        assertThat(nonsense.select("#precision-error").text()).isNotEmpty();
    }

    @Test
    void editingASourceRewritesTheCitationOnTheTimeline() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source = records.source();
        IncidentView incident = records.incident(FuzzyDate.day(1990, 3, 4), word, null, source);
        mvc.perform(asEditor(post("/sources/{id}", source.id())
                        .param("publisher", source.publisher())
                        .param("title", "Corrected title " + word)
                        .param("url", source.url())
                        .param("date", "2015-09-16")
                        .param("precision", "DAY")
                        .param("version", "0")))
                .andExpect(redirectedUrlPattern("/sources/*"));
        assertThat(entries(timeline, EntryKind.INCIDENT, word))
                .singleElement()
                .satisfies(entry -> assertThat(entry.sources())
                        .extracting(c -> c.title())
                        .containsExactly("Corrected title " + word));
        assertThat(page(get("/incidents/{id}", incident.id()), 200)
                        .select("section .sources")
                        .text())
                .contains("Corrected title " + word);
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPage() throws Exception {
        SourceView source = records.source();
        mvc.perform(asEditor(post("/sources/{id}", source.id())
                        .param("publisher", source.publisher())
                        .param("title", source.title())
                        .param("note", "first")
                        .param("version", "0")))
                .andExpect(redirectedUrlPattern("/sources/*"));
        Document conflict = page(
                post("/sources/{id}", source.id())
                        .param("publisher", source.publisher())
                        .param("title", source.title())
                        .param("note", "second")
                        .param("version", "0"),
                409);
        assertThat(conflict.select(".conflict tr[data-field=note] .conflict__saved")
                        .text())
                .isEqualTo("first");
        assertThat(conflict.select(".conflict tr[data-field=note] .conflict__yours")
                        .text())
                .isEqualTo("second");
        assertThat(conflict.select("#note").val()).isEqualTo("second");
        assertThat(conflict.select("input[name=version]").val()).isEqualTo("1");
        assertThat(sources.get(source.id()).note()).isEqualTo("first");
    }

    @Test
    void anArchivedSourceLeavesTheListAndComesBack() throws Exception {
        SourceView source = records.source();
        mvc.perform(asEditor(post("/sources/{id}/archive", source.id()).param("version", "0")))
                .andExpect(redirectedUrlPattern("/sources/*"));
        assertThat(sources.listed()).extracting(SourceView::id).doesNotContain(source.id());
        assertThat(page(get("/sources/{id}", source.id()), 200).select(".archived-banner"))
                .isNotEmpty();
        mvc.perform(asEditor(post("/sources/{id}/restore", source.id()).param("version", "1")))
                .andExpect(redirectedUrlPattern("/sources/*"));
        assertThat(sources.listed()).extracting(SourceView::id).contains(source.id());
        mvc.perform(asEditor(post("/sources/{id}/restore", source.id()))).andExpect(status().isBadRequest());
    }

    @Test
    void analystsAndAnonymousVisitorsCannotWrite() throws Exception {
        mvc.perform(post("/sources").with(csrf()).param("publisher", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/sources")
                        .with(csrf())
                        .with(user("reader").roles("ANALYST"))
                        .param("publisher", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sources/new").with(user("reader").roles("ANALYST"))).andExpect(status().isForbidden());
    }
}
