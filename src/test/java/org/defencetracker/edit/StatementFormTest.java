package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.edit.EditPages.asEditor;
import static org.defencetracker.edit.EditPages.entries;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
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
class StatementFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StatementService statements;

    @Autowired
    IncidentService incidents;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TestRecords records;

    @Autowired
    BodyService bodies;

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return EditPages.page(mvc, request, status);
    }

    private static String label(SourceView source) {
        return source.name() + " · #" + source.id();
    }

    /** A claim by a named actor about the incident; {@code overrides} are pairs of a field and its value. */
    private static MockHttpServletRequestBuilder claim(
            MockHttpServletRequestBuilder request,
            IncidentView incident,
            SourceView source,
            String word,
            String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("incident", incident.title() + " · #" + incident.id());
        fields.put("date", "1990-05-06");
        fields.put("precision", "DAY");
        fields.put("actorType", "MEDIA");
        fields.put("actorName", "Form actor " + word);
        fields.put("stance", "ASSERTS");
        fields.put("claimedOrigin", "ru");
        fields.put("text", "Form statement " + word);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request.param("sources", label(source), "", "");
    }

    @Test
    void anEditorAddsAClaimFromTheIncidentPageAndTheAttributionFollows() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(1990, 5, 5), word);
        Document incidentPage = page(get("/incidents/{id}", incident.id()), 200);
        assertThat(incidentPage.select("a[href=/statements/new?incident=" + incident.id() + "]"))
                .isNotEmpty();
        Document form = page(get("/statements/new").param("incident", "" + incident.id()), 200);
        assertThat(form.select("#incident").val()).endsWith("#" + incident.id());

        mvc.perform(asEditor(claim(post("/statements"), incident, records.source(), word)))
                .andExpect(status().is3xxRedirection());
        StatementView saved = incidents.ledger(incident.id()).get(0);
        assertThat(saved.claimedOrigin()).isEqualTo("RU");
        assertThat(incidents.get(incident.id()).attribution().origin()).isEqualTo("RU");
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).hasSize(1);

        Document edit = page(get("/statements/{id}/edit", saved.id()), 200);
        assertThat(edit.select("#actorName").val()).isEqualTo("Form actor " + word);
        mvc.perform(asEditor(claim(
                                post("/statements/{id}", saved.id()),
                                incident,
                                saved.sources().get(0),
                                word,
                                "stance",
                                "DENIES")
                        .param("version", "0")))
                .andExpect(redirectedUrl("/incidents/" + incident.id() + "#statement-" + saved.id()));
        assertThat(statements.get(saved.id()).version()).isEqualTo(1);
    }

    @Test
    void theFormOffersTheFirstBodiesAndTypingFindsAnyOtherWhichTheActorCanBe() throws Exception {
        String word = TestRecords.uniqueWord();
        BodyView late =
                bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", "Zzz late body " + word, null, null, null));
        // Before it in the lists' order (country, then English name), and enough of them to fill the offer.
        for (int i = 0; i < BodyService.OFFERED; i++) {
            bodies.create(new CreateBody(
                    BodyKind.MINISTRY, null, "KZ", "Aaa early body " + word + " " + i, null, null, null));
        }
        IncidentView incident = records.incident(FuzzyDate.day(1990, 5, 5), word);
        String lateLabel = Picker.label(late.nameEn(), late.id());

        Document form = page(get("/statements/new").param("incident", "" + incident.id()), 200);
        assertThat(form.select("datalist#body-options option")).hasSizeLessThanOrEqualTo(BodyService.OFFERED);
        assertThat(form.select("datalist#body-options").attr("data-picker")).isEqualTo("bodies");
        assertThat(form.select("datalist#body-options option").eachAttr("value"))
                .doesNotContain(lateLabel);

        String found = mvc.perform(asEditor(get("/pickers/bodies").param("q", "late body " + word)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains(late.nameEn()).doesNotContain("Aaa early body " + word);

        mvc.perform(asEditor(claim(
                        post("/statements"),
                        incident,
                        records.source(),
                        word,
                        "actorType",
                        "OFFICIAL",
                        "actorBody",
                        lateLabel)))
                .andExpect(status().is3xxRedirection());
        assertThat(incidents.ledger(incident.id()).get(0).actorBodyId()).isEqualTo(late.id());
    }

    @Test
    void eachProblemIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        Document form = page(
                post("/statements")
                        .param("date", LocalDate.now().plusDays(3).toString())
                        .param("precision", "DAY")
                        .param("actorName", "")
                        .param("actorBody", "No such body")
                        .param("actorCountry", "QQ")
                        .param("text", "T".repeat(2001))
                        .param("sources", "", ""),
                200);
        assertThat(form.select("#date-error").text()).contains("too far ahead");
        assertThat(form.select("#actorType-error").text()).isEqualTo("Choose one.");
        assertThat(form.select("#stance-error").text()).isEqualTo("Choose one.");
        assertThat(form.select("#actorBody-error").text()).contains("Pick one of the listed records");
        assertThat(form.select("#actorCountry-error").text()).isNotEmpty();
        assertThat(form.select("#text-error").text()).contains("at most 2,000 characters");
        assertThat(form.select("#incident-error").text()).contains("Pick the incident or the act");
        assertThat(form.select("#sources-error").text()).contains("Cite at least one source");
        assertThat(form.select("#actorBody").val()).isEqualTo("No such body");
        assertThat(form.select("#text").val()).hasSize(2001);
    }

    @Test
    void aStatementIsAboutOneSubjectOnlyAndNamesItsActor() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(1990, 5, 5), word);
        Document both = page(
                claim(
                        post("/statements"),
                        incident,
                        records.source(),
                        word,
                        "act",
                        "Some act · #999999999",
                        "actorName",
                        "",
                        "date",
                        "1990-05"),
                200);
        assertThat(both.select("#incident-error").text()).contains("not both");
        assertThat(both.select("#act-error").text()).contains("Pick one of the listed records");
        assertThat(both.select("#date-error").text()).contains("full date");
        Document unknown = page(
                post("/statements")
                        .param("incident", "Nothing · #999999999")
                        .param("text", "x")
                        .param("sources", "Nonexistent source"),
                200);
        assertThat(unknown.select("#incident-error").text()).contains("Pick one of the listed records");
        assertThat(unknown.select("#sources-error").text()).contains("Pick one of the listed records");
        assertThat(unknown.select("#actorName-error").text()).contains("Name the actor");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPage() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(1990, 5, 5), word);
        StatementView statement =
                records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", incident.date(), word);
        SourceView source = statement.sources().get(0);
        mvc.perform(asEditor(
                        claim(post("/statements/{id}", statement.id()), incident, source, word, "text", "First " + word)
                                .param("version", "0")))
                .andExpect(status().is3xxRedirection());
        Document conflict = page(
                claim(post("/statements/{id}", statement.id()), incident, source, word, "text", "Second " + word)
                        .param("version", "0"),
                409);
        assertThat(conflict.select(".conflict tr[data-field=text] .conflict__saved")
                        .text())
                .isEqualTo("First " + word);
        assertThat(conflict.select("#text").val()).isEqualTo("Second " + word);
        assertThat(statements.get(statement.id()).text()).isEqualTo("First " + word);
    }

    @Test
    void archivingAStatementTakesItOffTheTimelineAndOutOfTheAttribution() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(1990, 5, 5), word);
        StatementView statement =
                records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", incident.date(), word);
        assertThat(incidents.get(incident.id()).attribution().origin()).isEqualTo("RU");

        mvc.perform(asEditor(post("/statements/{id}/archive", statement.id()).param("version", "0")))
                .andExpect(redirectedUrl("/incidents/" + incident.id()));
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).isEmpty();
        assertThat(incidents.get(incident.id()).attribution().origin()).isNull();
        assertThat(entries(timeline, EntryKind.INCIDENT, word))
                .singleElement()
                .satisfies(e -> assertThat(e.attribution()).isEqualTo("UNKNOWN"));
        Document shown = page(get("/incidents/{id}", incident.id()), 200);
        assertThat(shown.select("#archived-statement-" + statement.id())).isNotEmpty();

        mvc.perform(asEditor(post("/statements/{id}/restore", statement.id()).param("version", "1")))
                .andExpect(status().is3xxRedirection());
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).hasSize(1);
        assertThat(incidents.get(incident.id()).attribution().origin()).isEqualTo("RU");
    }

    @Test
    void analystsAndAnonymousVisitorsCannotWrite() throws Exception {
        mvc.perform(post("/statements").with(csrf()).param("text", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/statements")
                        .with(csrf())
                        .with(user("reader").roles("ANALYST"))
                        .param("text", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statements/new").with(user("reader").roles("ANALYST")))
                .andExpect(status().isForbidden());
    }
}
