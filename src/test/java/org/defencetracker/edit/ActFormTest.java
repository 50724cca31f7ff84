package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.edit.EditPages.asEditor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest
@Import(TestRecords.class)
class ActFormTest {

    private static final LocalDate DAY = LocalDate.of(1996, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Autowired
    MandateService mandates;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    SourceService sources;

    @Autowired
    StatementService statements;

    private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user("act-editor").roles("EDITOR"));
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result =
                mvc.perform(asEditor(request)).andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static String pick(BodyView body) {
        return body.nameEn() + " · #" + body.id();
    }

    private List<TimelineEntry> entriesOn(LocalDate day) {
        return timeline.near(day, day, Set.of(EntryKind.ACT_STAGE, EntryKind.MANDATE_CHANGE), 50);
    }

    /** A decree as one form: number, title, date, issuer, summary, a new source and a duty for a body. */
    private MockHttpServletRequestBuilder decree(BodyView issuer, BodyView receiver, String title) {
        return post("/acts")
                .param("kind", "DECREE")
                .param("officialNumber", "N-" + TestRecords.uniqueWord())
                .param("titleEn", title)
                .param("issuingBody", pick(issuer))
                .param("summary", "Gives the ministry its part in territorial defence.")
                .param("stages[0].stage", "ADOPTED")
                .param("stages[0].date", DAY.toString())
                .param("stages[0].precision", "DAY")
                .param("newSource.publisher", "Test gazette")
                .param("newSource.title", "Decree published " + title)
                .param("newSource.url", "https://example.org/" + TestRecords.uniqueWord())
                .param("duties[0].body", pick(receiver))
                .param("duties[0].duty", "Keep the territorial defence register")
                .param("duties[0].validFrom", DAY.toString());
    }

    private ActView created(String title) {
        return acts.list(ActKind.DECREE).stream()
                .filter(a -> a.titleEn().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDecreeWithItsDutyIsEnteredInOneForm() throws Exception {
        BodyView issuer = records.body("Issuing government");
        BodyView ministry = records.body("Receiving ministry");
        String title = "On defence duties " + TestRecords.uniqueWord();
        mvc.perform(asEditor(decree(issuer, ministry, title))).andExpect(redirectedUrlPattern("/acts/*"));

        ActView act = created(title);
        assertThat(act.stages())
                .singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(FuzzyDate.exact(DAY)));
        assertThat(act.sourceIds()).hasSize(1);
        assertThat(mandates.asOf(ministry.id(), DAY.minusDays(1))).isEmpty();
        assertThat(mandates.asOf(ministry.id(), DAY))
                .extracting(MandateView::duty)
                .containsExactly("Keep the territorial defence register");
        assertThat(entriesOn(DAY))
                .extracting(TimelineEntry::title)
                .contains("Decree adopted: " + title)
                .anyMatch(t -> t.startsWith(ministry.nameEn() + ": 1 duty granted"));
    }

    @Test
    void theFormOffersBodiesSourcesAndDutiesAsSearchableOptions() throws Exception {
        BodyView body = records.body("Listed ministry");
        SourceView source = records.source();
        Document form = page(get("/acts/new"), 200);
        // The list offers the first bodies in the lists' order, other tests' bodies among them; typing finds any.
        assertThat(form.select("datalist#body-options option")).isNotEmpty();
        assertThat(form.select("datalist#body-options").attr("data-picker")).isEqualTo("bodies");
        assertThat(mvc.perform(asEditor(get("/pickers/bodies").param("q", body.nameEn())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(pick(body));
        assertThat(form.select("datalist#source-options option").eachAttr("value"))
                .contains(source.publisher() + ": " + source.title() + " · #" + source.id());
        assertThat(form.select("input[name='duties[0].body']").attr("list")).isEqualTo("body-options");
    }

    @Test
    void eachProblemIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        Document form = page(
                post("/acts")
                        .param("kind", "DECREE")
                        .param("titleEn", "")
                        .param("titleRu", "Т".repeat(501))
                        .param("issuingBody", "Nobody we know")
                        .param("stages[0].stage", "ADOPTED")
                        .param("stages[0].date", "2025-09")
                        .param("stages[0].precision", "DAY")
                        .param("newSource.publisher", "Gazette")
                        .param("newSource.title", "An article")
                        .param("newSource.url", "not a web address")
                        .param("duties[0].duty", "A duty with no body")
                        .param("duties[0].validFrom", "1996-03-12")
                        .param("duties[0].validTo", "1996-03-01"),
                200);
        assertThat(form.select("#titleEn-error").text()).isEqualTo("Fill this in.");
        assertThat(form.select("#titleRu-error").text()).contains("at most 500 characters");
        assertThat(form.select("#issuingBody-error").text()).contains("Pick one of the listed records");
        assertThat(form.select("#stages0-date-error").text()).contains("full date");
        assertThat(form.select("#newSource-url-error").text()).contains("http");
        assertThat(form.select("#duties0-body-error").text()).contains("Pick the body");
        assertThat(form.select("#duties0-validTo-error").text()).contains("cannot end before it starts");
        assertThat(form.select("input[name='stages[0].date']").val()).isEqualTo("2025-09");
        assertThat(form.select("input[name='issuingBody']").val()).isEqualTo("Nobody we know");
        assertThat(form.select("input[name='duties[0].duty']").val()).isEqualTo("A duty with no body");
        assertThat(form.select("input[name='newSource.url']").val()).isEqualTo("not a web address");
    }

    @Test
    void anActNeedsADatedStageAndASourceAndNoFarFutureDate() throws Exception {
        BodyView issuer = records.body("Stageless issuer");
        Document form = page(
                post("/acts").param("kind", "LAW").param("titleEn", "Stageless").param("issuingBody", pick(issuer)),
                200);
        assertThat(form.select("#stages0-date-error").text()).contains("at least one dated stage");
        assertThat(form.select("#sources0-error").text()).contains("at least one source");

        Document future = page(
                post("/acts")
                        .param("kind", "LAW")
                        .param("titleEn", "Far ahead")
                        .param("issuingBody", pick(issuer))
                        .param("stages[0].stage", "IN_FORCE")
                        .param("stages[0].date", "2099")
                        .param("stages[0].precision", "YEAR"),
                200);
        assertThat(future.select("#stages0-date-error").text()).contains("too far ahead");
    }

    @Test
    void aTakenOfficialNumberIsRefusedAtItsField() throws Exception {
        BodyView issuer = records.body("Numbering issuer");
        SourceView source = records.source();
        records.act(issuer.id())
                .number("77-TAKEN")
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .citing(source)
                .issue();
        Document form = page(
                post("/acts")
                        .param("kind", "DECREE")
                        .param("officialNumber", "77-TAKEN")
                        .param("titleEn", "Second with the number")
                        .param("issuingBody", pick(issuer))
                        .param("stages[0].stage", "ADOPTED")
                        .param("stages[0].date", DAY.toString())
                        .param("stages[0].precision", "DAY")
                        .param("sources[0]", "#" + source.id()),
                200);
        assertThat(form.select("#officialNumber-error").text()).contains("already has this number");
    }

    @Test
    void editingAnActRewritesItsTimelineEntriesAndDuties() throws Exception {
        BodyView issuer = records.body("Editing issuer");
        BodyView ministry = records.body("Editing ministry");
        String title = "Before the edit " + TestRecords.uniqueWord();
        mvc.perform(asEditor(decree(issuer, ministry, title))).andExpect(redirectedUrlPattern("/acts/*"));
        ActView act = created(title);

        Document form = page(get("/acts/{id}/edit", act.id()), 200);
        assertThat(form.select("input[name=titleEn]").val()).isEqualTo(title);
        assertThat(form.select("input[name='duties[0].duty']").val())
                .isEqualTo("Keep the territorial defence register");

        String newTitle = "After the edit " + TestRecords.uniqueWord();
        mvc.perform(asEditor(post("/acts/{id}", act.id())
                        .param("version", form.select("input[name=version]").val())
                        .param("kind", "DECREE")
                        .param("titleEn", newTitle)
                        .param(
                                "issuingBody",
                                form.select("input[name=issuingBody]").val())
                        .param("stages[0].stage", "ADOPTED")
                        .param("stages[0].date", DAY.plusDays(1).toString())
                        .param("stages[0].precision", "DAY")
                        .param(
                                "sources[0]",
                                form.select("input[name='sources[0]']").val())
                        .param(
                                "duties[0].id",
                                form.select("input[name='duties[0].id']").val())
                        .param("duties[0].body", pick(ministry))
                        .param("duties[0].duty", "Keep the register of volunteers")
                        .param("duties[0].validFrom", DAY.plusDays(1).toString())))
                .andExpect(redirectedUrlPattern("/acts/*"));

        assertThat(acts.get(act.id()).titleEn()).isEqualTo(newTitle);
        assertThat(entriesOn(DAY)).extracting(TimelineEntry::path).doesNotContain("/acts/" + act.id());
        assertThat(entriesOn(DAY.plusDays(1)))
                .extracting(TimelineEntry::title)
                .contains("Decree adopted: " + newTitle)
                .anyMatch(t -> t.startsWith(ministry.nameEn() + ": 1 duty granted"));
        assertThat(mandates.asOf(ministry.id(), DAY.plusDays(1)))
                .extracting(MandateView::duty)
                .containsExactly("Keep the register of volunteers");
    }

    @Test
    void aDutyRowNamingAnotherActsDutyIsRefusedAndChangesNothing() throws Exception {
        BodyView issuer = records.body("Owning issuer");
        BodyView ministry = records.body("Owning ministry");
        SourceView source = records.source();
        ActView act = records.act(issuer.id())
                .titled("Own duties " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .grants(ministry.id(), DAY, null, "Keep the own register")
                .citing(source)
                .issue();
        ActView other = records.act(issuer.id())
                .titled("Other duties " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .grants(ministry.id(), DAY, null, "Keep the other register")
                .citing(source)
                .issue();
        MandateView othersDuty = mandates.ofAct(other.id()).get(0);

        for (long foreign : List.of(othersDuty.id(), othersDuty.id() + 1_000_000)) {
            mvc.perform(asEditor(post("/acts/{id}", act.id())
                            .param("version", String.valueOf(act.version()))
                            .param("kind", act.kind().name())
                            .param("titleEn", act.titleEn())
                            .param("issuingBody", pick(issuer))
                            .param("stages[0].stage", "ADOPTED")
                            .param("stages[0].date", DAY.toString())
                            .param("stages[0].precision", "DAY")
                            .param("sources[0]", "#" + source.id())
                            .param("duties[0].id", String.valueOf(foreign))
                            .param("duties[0].body", pick(ministry))
                            .param("duties[0].duty", "Taken over")
                            .param("duties[0].validFrom", DAY.toString())))
                    .andExpect(status().isNotFound());
        }

        assertThat(mandates.ofAct(other.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.duty()).isEqualTo("Keep the other register"));
        assertThat(mandates.ofAct(act.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.duty()).isEqualTo("Keep the own register"));
        assertThat(acts.get(act.id()).version()).isEqualTo(act.version());
    }

    @Test
    void aDutyAlreadyWithdrawnIsNoLongerOfferedAndCannotBeWithdrawnAgain() throws Exception {
        BodyView issuer = records.body("Withdrawing issuer");
        BodyView ministry = records.body("Withdrawn-from ministry");
        SourceView source = records.source();
        ActView granting = records.act(issuer.id())
                .titled("Granting " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .grants(ministry.id(), DAY, null, "Keep the withdrawn register")
                .citing(source)
                .issue();
        MandateView duty = mandates.ofAct(granting.id()).get(0);
        ActView repeal = records.act(issuer.id())
                .titled("Repealing " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY.plusDays(10)))
                .citing(source)
                .issue();
        acts.withdraw(repeal.id(), duty.id(), DAY.plusDays(10));

        assertThat(page(get("/acts/new"), 200)
                        .select("datalist#mandate-options option")
                        .eachAttr("value"))
                .noneMatch(option -> option.endsWith("#" + duty.id()));

        String title = "Repealing again " + TestRecords.uniqueWord();
        Document refused = page(
                post("/acts")
                        .param("kind", "DECREE")
                        .param("titleEn", title)
                        .param("issuingBody", pick(issuer))
                        .param("stages[0].stage", "ADOPTED")
                        .param("stages[0].date", DAY.plusDays(20).toString())
                        .param("stages[0].precision", "DAY")
                        .param("sources[0]", "#" + source.id())
                        .param("withdrawals[0].mandate", "#" + duty.id())
                        .param("withdrawals[0].effectiveOn", DAY.plusDays(20).toString()),
                200);

        assertThat(refused.select("#withdrawals0-mandate-error").text())
                .contains("already taken away")
                .contains(repeal.label());
        assertThat(refused.select("input[name='withdrawals[0].mandate']").val()).isEqualTo("#" + duty.id());
        assertThat(acts.list(ActKind.DECREE)).noneMatch(a -> a.titleEn().equals(title));
        assertThat(mandates.historyOf(ministry.id()))
                .extracting(MandateView::change)
                .containsExactly(MandateChange.GRANTED, MandateChange.WITHDRAWN);
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPage() throws Exception {
        BodyView issuer = records.body("Conflict issuer");
        SourceView source = records.source();
        ActView act = records.act(issuer.id())
                .titled("Conflicted " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .citing(source)
                .issue();
        MockHttpServletRequestBuilder first = edit(act, issuer, source, "Title of the first editor");
        mvc.perform(asEditor(first)).andExpect(redirectedUrlPattern("/acts/*"));
        Document conflict = page(edit(act, issuer, source, "Title of the second editor"), 409);
        assertThat(conflict.select(".conflict tr[data-field=titleEn] .conflict__saved")
                        .text())
                .isEqualTo("Title of the first editor");
        assertThat(conflict.select("input[name=titleEn]").val()).isEqualTo("Title of the second editor");
        assertThat(acts.get(act.id()).titleEn()).isEqualTo("Title of the first editor");
    }

    private static MockHttpServletRequestBuilder edit(ActView act, BodyView issuer, SourceView source, String title) {
        return post("/acts/{id}", act.id())
                .param("version", String.valueOf(act.version()))
                .param("kind", act.kind().name())
                .param("titleEn", title)
                .param("issuingBody", "#" + issuer.id())
                .param("stages[0].stage", "ADOPTED")
                .param("stages[0].date", DAY.toString())
                .param("stages[0].precision", "DAY")
                .param("sources[0]", "#" + source.id());
    }

    @Test
    void anArchivedActLeavesTheTimelineAndComesBackWhenRestored() throws Exception {
        BodyView issuer = records.body("Archiving issuer");
        BodyView ministry = records.body("Archiving ministry");
        String title = "Archived decree " + TestRecords.uniqueWord();
        mvc.perform(asEditor(decree(issuer, ministry, title))).andExpect(redirectedUrlPattern("/acts/*"));
        ActView act = created(title);

        mvc.perform(asEditor(post("/acts/{id}/archive", act.id()).param("version", String.valueOf(act.version()))))
                .andExpect(redirectedUrlPattern("/acts/*"));
        assertThat(entriesOn(DAY))
                .extracting(TimelineEntry::title)
                .noneMatch(t -> t.contains(title) || t.startsWith(ministry.nameEn()));
        Document body = page(get("/bodies/{id}", ministry.id()).param("asOf", DAY.toString()), 200);
        assertThat(body.select(".duties").text()).doesNotContain("Keep the territorial defence register");
        assertThat(page(get("/acts/{id}", act.id()), 200).select(".archived-banner"))
                .isNotEmpty();

        mvc.perform(asEditor(post("/acts/{id}/restore", act.id())
                        .param("version", String.valueOf(acts.get(act.id()).version()))))
                .andExpect(redirectedUrlPattern("/acts/*"));
        assertThat(entriesOn(DAY))
                .extracting(TimelineEntry::title)
                .contains("Decree adopted: " + title)
                .anyMatch(t -> t.startsWith(ministry.nameEn() + ": 1 duty granted"));
    }

    @Test
    void editorsLinkActsAndRemoveTheLink() throws Exception {
        BodyView issuer = records.body("Linking issuer");
        SourceView source = records.source();
        ActView law = records.act(issuer.id())
                .kind(ActKind.LAW)
                .titled("Linked law " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .citing(source)
                .issue();
        ActView amendment = records.act(issuer.id())
                .kind(ActKind.LAW)
                .titled("Amending law " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY.plusYears(1)))
                .citing(source)
                .issue();
        mvc.perform(asEditor(post("/acts/{id}/relations", amendment.id())
                        .param("type", "AMENDS")
                        .param("other", law.name() + " · #" + law.id())))
                .andExpect(redirectedUrlPattern("/acts/*"));
        assertThat(acts.relationsOf(law.id())).singleElement().satisfies(r -> {
            assertThat(r.otherActId()).isEqualTo(amendment.id());
            assertThat(r.outgoing()).isFalse();
        });
        MvcResult again = mvc.perform(asEditor(post("/acts/{id}/relations", amendment.id())
                        .param("type", "AMENDS")
                        .param("other", "#" + law.id())))
                .andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("act.relation.duplicate");
        MvcResult self = mvc.perform(asEditor(post("/acts/{id}/relations", law.id())
                        .param("type", "AMENDS")
                        .param("other", "#" + law.id())))
                .andReturn();
        assertThat(self.getFlashMap().get("problem")).isEqualTo("act.relation.otherUnknown");

        long relationId = acts.relationsOf(law.id()).get(0).id();
        mvc.perform(asEditor(post("/acts/{id}/relations/{rid}/delete", law.id(), relationId)))
                .andExpect(redirectedUrlPattern("/acts/*"));
        assertThat(acts.relationsOf(law.id())).isEmpty();
    }

    @Test
    void aCorrectedSourceIsCitedAnewOnTheActsEntries() throws Exception {
        BodyView issuer = records.body("Citing issuer");
        SourceView source = records.source();
        ActView act = records.act(issuer.id())
                .titled("Citing act " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .citing(source)
                .issue();
        String corrected = "Corrected headline " + TestRecords.uniqueWord();
        sources.update(
                source.id(),
                source.version(),
                new CreateSource(source.publisher(), corrected, source.url(), source.published(), null));
        assertThat(entriesOn(DAY))
                .filteredOn(e -> e.path().equals("/acts/" + act.id()))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.sources()).extracting(Citation::title).containsExactly(corrected));
    }

    @Test
    void statementsAboutAnArchivedActLeaveTheTimelineWithIt() throws Exception {
        BodyView issuer = records.body("Talked-about issuer");
        SourceView source = records.source();
        ActView act = records.act(issuer.id())
                .titled("Talked-about act " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(DAY))
                .citing(source)
                .issue();
        Document form = page(get("/statements/new").param("act", String.valueOf(act.id())), 200);
        assertThat(form.select("datalist option").eachAttr("value")).contains(act.name() + " · #" + act.id());
        StatementView said = statements.record(new RecordStatement(
                FuzzyDate.exact(DAY.plusDays(2)),
                ActorType.OFFICIAL,
                "Spokesperson " + TestRecords.uniqueWord(),
                null,
                "KZ",
                Stance.ASSERTS,
                null,
                "The act will be applied at once.",
                false,
                null,
                act.id(),
                List.of(source.id())));
        LocalDate saidOn = DAY.plusDays(2);
        assertThat(timeline.near(saidOn, saidOn, Set.of(EntryKind.STATEMENT), 50))
                .extracting(TimelineEntry::key)
                .contains("statement:" + said.id());
        acts.archive(act.id(), act.version());
        assertThat(timeline.near(saidOn, saidOn, Set.of(EntryKind.STATEMENT), 50))
                .extracting(TimelineEntry::key)
                .doesNotContain("statement:" + said.id());
        acts.restore(act.id(), acts.get(act.id()).version());
        assertThat(timeline.near(saidOn, saidOn, Set.of(EntryKind.STATEMENT), 50))
                .extracting(TimelineEntry::key)
                .contains("statement:" + said.id());
    }

    @Test
    void analystsCannotWriteActs() throws Exception {
        mvc.perform(post("/acts").with(csrf()).with(user("reader").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/acts/1/archive").with(csrf()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/acts/new")).andExpect(status().is3xxRedirection());
    }
}
