package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest
class BodyFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BodyService bodies;

    private static String unique(String word) {
        return word + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user("body-editor").roles("EDITOR"));
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result =
                mvc.perform(asEditor(request)).andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void anEditorAddsABodyUnderAParentChosenByName() throws Exception {
        BodyView parent =
                bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", unique("Parentry"), null, null, null));
        String name = unique("Childry agency");
        mvc.perform(asEditor(post("/bodies")
                        .param("kind", "AGENCY")
                        .param("country", "KZ")
                        .param("nameEn", name)
                        .param("parent", parent.nameEn())))
                .andExpect(redirectedUrlPattern("/bodies/*"));
        BodyView saved = bodies.findByName("KZ", name).orElseThrow();
        assertThat(saved.parentId()).isEqualTo(parent.id());
        assertThat(saved.version()).isZero();
    }

    @Test
    void theFormOffersEveryBodyAsASearchableOption() throws Exception {
        BodyView body =
                bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", unique("Optionry"), null, null, null));
        Document form = page(get("/bodies/new"), 200);
        assertThat(form.select("input#parent").attr("list")).isEqualTo("parent-options");
        assertThat(form.select("datalist#parent-options option").eachAttr("value"))
                .contains(body.nameEn() + " · #" + body.id());
        assertThat(form.select("input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void eachProblemIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        Document form = page(
                post("/bodies")
                        .param("nameEn", "")
                        .param("nameRu", "Ж".repeat(301))
                        .param("abbreviation", "A".repeat(41))
                        .param("country", "Kazakhstan")
                        .param("parent", "No such body at all"),
                200);
        assertThat(form.select("#nameEn-error").text()).isEqualTo("Fill this in.");
        assertThat(form.select("#nameRu-error").text()).contains("at most 300 characters");
        assertThat(form.select("#abbreviation-error").text()).contains("at most 40 characters");
        assertThat(form.select("#kind-error").text()).isEqualTo("Choose one.");
        assertThat(form.select("#country-error").text()).isNotEmpty();
        assertThat(form.select("#parent-error").text()).contains("Pick one of the listed records");
        assertThat(form.select("#parent").val()).isEqualTo("No such body at all");
        assertThat(form.select("#nameRu").val()).hasSize(301);
    }

    @Test
    void aTakenNameIsRefusedAtTheNameField() throws Exception {
        BodyView taken =
                bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", unique("Takenry"), null, null, null));
        Document form = page(
                post("/bodies")
                        .param("kind", "MINISTRY")
                        .param("country", "KZ")
                        .param("nameEn", taken.nameEn().toUpperCase()),
                200);
        assertThat(form.select("#nameEn-error").text()).contains("already has this name");
    }

    @Test
    void aBodyCannotBecomePartOfItsOwnChild() throws Exception {
        BodyView top =
                bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", unique("Loopry top"), null, null, null));
        BodyView child = bodies.create(
                new CreateBody(BodyKind.AGENCY, top.id(), "KZ", unique("Loopry child"), null, null, null));
        Document form = page(
                post("/bodies/{id}", top.id())
                        .param("kind", "MINISTRY")
                        .param("country", "KZ")
                        .param("nameEn", top.nameEn())
                        .param("parent", child.nameEn() + " · #" + child.id())
                        .param("version", "0"),
                200);
        assertThat(form.select("#parent-error").text()).contains("cannot be part of itself");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPageAndOverwritesNothing() throws Exception {
        BodyView body =
                bodies.create(new CreateBody(BodyKind.AGENCY, null, "KZ", unique("Conflictry"), null, null, null));
        Document first = page(get("/bodies/{id}/edit", body.id()), 200);
        String version = first.select("input[name=version]").val();
        mvc.perform(asEditor(post("/bodies/{id}", body.id())
                        .param("kind", "AGENCY")
                        .param("country", "KZ")
                        .param("nameEn", body.nameEn())
                        .param("abbreviation", "FIRST")
                        .param("version", version)))
                .andExpect(redirectedUrlPattern("/bodies/*"));

        Document conflict = page(
                post("/bodies/{id}", body.id())
                        .param("kind", "AGENCY")
                        .param("country", "KZ")
                        .param("nameEn", body.nameEn())
                        .param("abbreviation", "SECOND")
                        .param("version", version),
                409);
        assertThat(conflict.select(".conflict tr[data-field=abbreviation] .conflict__saved")
                        .text())
                .isEqualTo("FIRST");
        assertThat(conflict.select(".conflict tr[data-field=abbreviation] .conflict__yours")
                        .text())
                .isEqualTo("SECOND");
        assertThat(conflict.select("#abbreviation").val()).isEqualTo("SECOND");
        assertThat(conflict.select(".conflict__who").text()).startsWith("Saved by body-editor");
        assertThat(conflict.select("input[name=version]").val()).isEqualTo("1");
        assertThat(bodies.get(body.id()).abbreviation()).isEqualTo("FIRST");

        // Saving the conflict page's form applies the editor's input on top of the other change.
        mvc.perform(asEditor(post("/bodies/{id}", body.id())
                        .param("kind", "AGENCY")
                        .param("country", "KZ")
                        .param("nameEn", body.nameEn())
                        .param("abbreviation", "SECOND")
                        .param("version", "1")))
                .andExpect(redirectedUrlPattern("/bodies/*"));
        assertThat(bodies.get(body.id()).abbreviation()).isEqualTo("SECOND");
    }

    @Test
    void anArchivedBodyLeavesTheListAndComesBackWhenRestored() throws Exception {
        BodyView body =
                bodies.create(new CreateBody(BodyKind.AGENCY, null, "KZ", unique("Archivry"), null, null, null));
        mvc.perform(asEditor(post("/bodies/{id}/archive", body.id()).param("version", "0")))
                .andExpect(redirectedUrlPattern("/bodies/*"));
        assertThat(bodies.all()).extracting(BodyView::id).doesNotContain(body.id());
        Document shown = page(get("/bodies/{id}", body.id()), 200);
        assertThat(shown.select(".archived-banner")).isNotEmpty();
        mvc.perform(asEditor(post("/bodies/{id}/restore", body.id()).param("version", "1")))
                .andExpect(redirectedUrlPattern("/bodies/*"));
        assertThat(bodies.all()).extracting(BodyView::id).contains(body.id());
    }

    @Test
    void analystsAndAnonymousVisitorsCannotWrite() throws Exception {
        mvc.perform(post("/bodies").with(csrf()).param("nameEn", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/bodies")
                        .with(csrf())
                        .with(user("reader").roles("ANALYST"))
                        .param("nameEn", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bodies").with(user("body-editor").roles("EDITOR")).param("nameEn", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/bodies/new").with(user("reader").roles("ANALYST"))).andExpect(status().isForbidden());
    }
}
