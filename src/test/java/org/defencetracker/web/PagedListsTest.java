package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActLists;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyTree;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourcePage;
import org.defencetracker.timeline.EntriesNear;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The lists show a page of records at a time, and the act page's picker offers a few acts, to editors only. */
@WebPageTest
@Import(TestRecords.class)
class PagedListsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Autowired
    BodyService bodies;

    @Test
    void aBodysIssuedActsAndTheActsListArePagedWithoutLosingOrRepeatingAnAct() throws Exception {
        BodyView issuer = records.body("Paged issuer");
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < ActLists.PAGE_SIZE + 5; i++) {
            issued.add(act(issuer).id());
        }
        Document first = page(get("/bodies/" + issuer.id()), false);
        assertThat(first.select("section:has(#issued) li")).hasSize(ActLists.PAGE_SIZE);
        String older = first.select("section:has(#issued) a[rel=next]").attr("href");
        Document second = page(get(older), false);
        Set<String> shown =
                new HashSet<>(first.select("section:has(#issued) li a").eachAttr("href"));
        shown.addAll(second.select("section:has(#issued) li a").eachAttr("href"));
        assertThat(shown)
                .containsExactlyInAnyOrderElementsOf(
                        issued.stream().map(id -> "/acts/" + id).toList());

        Document list = page(get("/acts"), false);
        assertThat(list.select("table tbody tr")).hasSize(ActLists.PAGE_SIZE);
        assertThat(list.select("a[rel=next]").attr("href")).startsWith("/acts?before=");
        assertThat(page(get("/acts?before=" + issued.get(1)), false)
                        .select("table tbody a[href]")
                        .eachAttr("href"))
                .startsWith("/acts/" + issued.get(0));
        mvc.perform(get("/acts?before=soon").with(user("reader").roles("ANALYST")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSourcesListIsPagedByPublicationDay() throws Exception {
        for (int i = 0; i < SourcePage.SIZE + 1; i++) {
            records.source();
        }
        Document first = page(get("/sources"), false);
        assertThat(first.select("ul.sources > li")).hasSize(SourcePage.SIZE);
        Document second = page(get(first.select("a[rel=next]").attr("href")), false);
        assertThat(second.select("ul.sources > li")).isNotEmpty();
        assertThat(second.select("ul.sources > li a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select("ul.sources > li a").eachAttr("href"));
        mvc.perform(get("/sources?after=yesterday").with(user("reader").roles("ANALYST")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theBodiesTreeIsPagedByItsTopLevelBodiesEachWithTheBodiesUnderIt() throws Exception {
        List<String> added = new ArrayList<>();
        BodyView parent = null;
        for (int i = 0; i < BodyTree.SIZE + 1; i++) {
            BodyView body = records.body("Paged body");
            added.add("/bodies/" + body.id());
            parent = parent == null ? body : parent;
        }
        BodyView child = bodies.create(new CreateBody(
                BodyKind.AGENCY, parent.id(), "KZ", "Paged department " + TestRecords.uniqueWord(), null, null, null));

        List<String> topLevel = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        String address = "/bodies";
        int pages = 0;
        while (!address.isEmpty()) {
            Document page = page(get(address), false);
            assertThat(page.select("ul.tree > li")).hasSizeLessThanOrEqualTo(BodyTree.SIZE);
            topLevel.addAll(page.select("ul.tree > li > div > a").eachAttr("href"));
            nested.addAll(page.select("ul.tree > li ul a").eachAttr("href"));
            address = page.select("nav.pager a[rel=next]").attr("href");
            assertThat(++pages).isLessThan(1_000);
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(topLevel).doesNotHaveDuplicates().containsAll(added).doesNotContain("/bodies/" + child.id());
        assertThat(nested).contains("/bodies/" + child.id());
        mvc.perform(get("/bodies?after=soon").with(user("reader").roles("ANALYST")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theActPageOffersAFewActsToEditorsOnlyAndTakesAnyByItsTitle() throws Exception {
        BodyView issuer = records.body("Picker issuer");
        ActView old = act(issuer);
        for (int i = 0; i < ActLists.CHOICES + 1; i++) {
            act(issuer);
        }
        ActView amending = act(issuer);
        assertThat(page(get("/acts/" + amending.id()), false).select("#act-options option"))
                .isEmpty();
        Document editing = page(get("/acts/" + amending.id()), true);
        assertThat(editing.select("#act-options option")).hasSize(ActLists.CHOICES);
        assertThat(editing.select("#act-options option").eachAttr("value"))
                .noneMatch(label -> label.endsWith("#" + old.id()));

        MvcResult related = mvc.perform(asEditor(post("/acts/{id}/relations", amending.id())
                        .param("type", "AMENDS")
                        .param("other", old.titleEn().toUpperCase(java.util.Locale.ROOT))))
                .andReturn();
        assertThat(related.getFlashMap().get("message")).isEqualTo("act.relation.added");
        assertThat(acts.relationsOf(amending.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.otherActId()).isEqualTo(old.id()));
        MvcResult unknown = mvc.perform(asEditor(post("/acts/{id}/relations", amending.id())
                        .param("type", "AMENDS")
                        .param("other", "No such act " + TestRecords.uniqueWord())))
                .andReturn();
        assertThat(unknown.getFlashMap().get("problem")).isEqualTo("act.relation.otherUnknown");
    }

    @Test
    void aBodyPageListsItsLatestMandateChangesOnly() throws Exception {
        BodyView issuer = records.body("Granting issuer");
        BodyView ministry = records.body("Busy ministry");
        String[] duties = new String[101];
        for (int i = 0; i < duties.length; i++) {
            duties[i] = "Keep register number " + i;
        }
        records.act(issuer.id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(1990, 5, 6))
                .grants(ministry.id(), java.time.LocalDate.of(1990, 5, 6), null, duties)
                .issue();
        Document page = page(get("/bodies/" + ministry.id()), false);
        assertThat(page.select("section:has(#history) tbody tr")).hasSize(100);
        assertThat(page.select("section:has(#history)").text()).contains("The latest 100 changes");
    }

    @Test
    void anActsPageListsTheFirstIncidentsAroundItAndLinksTheRestOnTheTimeline() throws Exception {
        LocalDate day = TestRecords.quietDay();
        ActView act = records.act(records.body("Issuer of a busy window").id())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .issue();
        for (int i = 0; i <= EntriesNear.SHOWN; i++) {
            records.incident(FuzzyDate.exact(day.plusDays(i % 3)), TestRecords.uniqueWord());
        }

        Document page = page(get("/acts/" + act.id()), false);

        assertThat(page.select("section:has(#incidents) li article")).hasSize(EntriesNear.SHOWN);
        assertThat(page.select("section:has(#incidents) p.more a").attr("href"))
                .startsWith("/timeline?from=")
                .endsWith("&kind=INCIDENT");
    }

    private ActView act(BodyView issuer) {
        return records.act(issuer.id())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(TestRecords.quietDay()))
                .issue();
    }

    private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user("paging-editor").roles("EDITOR"));
    }

    private Document page(MockHttpServletRequestBuilder request, boolean editor) throws Exception {
        MvcResult result = mvc.perform(
                        editor
                                ? asEditor(request)
                                : request.with(user("paging-reader").roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
