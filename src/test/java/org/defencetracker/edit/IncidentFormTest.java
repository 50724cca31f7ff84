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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
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
class IncidentFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    SourceService sources;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TestRecords records;

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return EditPages.page(mvc, request, status);
    }

    private static String label(SourceView source) {
        return source.name() + " · #" + source.id();
    }

    /**
     * A complete, valid form for a new incident on the day, citing the source; {@code overrides} are pairs of a
     * field and its value (replacing the default, or added), "sources" values separated by "|".
     */
    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, String word, LocalDate day, SourceView source, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "DRONE_INCURSION");
        fields.put("title", "Form incident " + word);
        fields.put("date", day.toString());
        fields.put("precision", "DAY");
        fields.put("country", "KZ");
        fields.put("region", "");
        fields.put("latitude", "51.16");
        fields.put("longitude", "71.45");
        fields.put("geoPrecision", "EXACT");
        fields.put("objectsCount", "2");
        fields.put("response", "SCRAMBLED");
        fields.put("description", "Seen over " + word);
        fields.put("sources", label(source) + "||");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach((name, value) ->
                request.param(name, name.equals("sources") ? value.split("\\|", -1) : new String[] {value}));
        return request;
    }

    /** A quiet day (see {@link TestRecords#quietDay()}) that the form takes: from 1900 on. */
    private static LocalDate quietDay() {
        return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(36_000));
    }

    private long created(String location) {
        return Long.parseLong(location.substring("/incidents/".length()));
    }

    @Test
    void theFormOffersTheNewestSourcesAndTypingFindsAnyOtherWhichItsExactNameCites() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView old = sources.create(new CreateSource(
                "Archive " + word, "Old report", null, FuzzyDate.exact(LocalDate.of(1991, 12, 16)), null));
        // Newer than it, older than the sources other tests look for on the list's first page.
        for (int i = 0; i < SourceService.OFFERED; i++) {
            sources.create(new CreateSource(
                    "Newer " + word, "Report " + i, null, FuzzyDate.exact(LocalDate.of(1992, 1, 1)), null));
        }

        Document form = page(get("/incidents/new"), 200);
        assertThat(form.select("datalist#source-options option")).hasSizeLessThanOrEqualTo(SourceService.OFFERED);
        assertThat(form.select("datalist#source-options").attr("data-picker")).isEqualTo("sources");
        assertThat(form.select("datalist#source-options option").eachAttr("value"))
                .doesNotContain(label(old));

        String found = mvc.perform(asEditor(get("/pickers/sources").param("q", "archive " + word)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains(label(old)).doesNotContain("Newer " + word);
        // What an editor types is text, not a pattern.
        assertThat(mvc.perform(asEditor(get("/pickers/sources").param("q", "%")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(word);
        mvc.perform(asEditor(get("/pickers/nothing").param("q", word))).andExpect(status().isNotFound());
        assertThat(mvc.perform(asEditor(get("/pickers/sources").param("q", "a\u0000b")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("[]");
        mvc.perform(get("/pickers/sources").param("q", word).with(user("reader").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pickers/sources").param("q", word)).andExpect(status().is3xxRedirection());

        String location = mvc.perform(asEditor(valid(
                        post("/incidents"), word, quietDay(), old, "sources", "  archive " + word + ": OLD REPORT ||")))
                .andExpect(redirectedUrlPattern("/incidents/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(incidents.get(created(location)).sources())
                .extracting(SourceView::id)
                .containsExactly(old.id());
    }

    @Test
    void anEditorRecordsAnIncidentAndCorrectsIt() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source = records.source();
        LocalDate day = quietDay();
        String location = mvc.perform(asEditor(valid(post("/incidents"), word, day, source)))
                .andExpect(redirectedUrlPattern("/incidents/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        IncidentView saved = incidents.get(created(location));
        assertThat(saved.sources()).extracting(SourceView::id).containsExactly(source.id());
        assertThat(saved.latitude()).isEqualByComparingTo("51.16");
        assertThat(entries(timeline, EntryKind.INCIDENT, word)).hasSize(1);

        Document edit = page(get(location + "/edit"), 200);
        assertThat(edit.select("#title").val()).isEqualTo("Form incident " + word);
        assertThat(edit.select("#sources0").val()).isEqualTo(label(source));
        assertThat(edit.select("#sources1").val()).isEmpty();
        mvc.perform(asEditor(valid(
                        post(location),
                        word,
                        day,
                        source,
                        "title",
                        "Corrected incident " + word,
                        "version",
                        edit.select("input[name=version]").val())))
                .andExpect(redirectedUrlPattern("/incidents/*"));
        assertThat(incidents.get(saved.id()).title()).isEqualTo("Corrected incident " + word);
        assertThat(entries(timeline, EntryKind.INCIDENT, word))
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Corrected incident " + word));
        Document shown = page(get(location), 200);
        assertThat(shown.select("a[href=" + location + "/history]")).isNotEmpty();
        assertThat(shown.select("a[href=" + location + "/edit]")).isNotEmpty();
    }

    @Test
    void aSourceNameWithACommaIsReadWhole() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source =
                sources.create(new CreateSource("Agency, Inc. " + word, "Report, part one", null, null, null));
        mvc.perform(asEditor(valid(post("/incidents"), word, quietDay(), source, "sources", label(source))))
                .andExpect(redirectedUrlPattern("/incidents/*"));
    }

    @Test
    void eachProblemIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        Document form = page(
                post("/incidents")
                        .param("kind", "")
                        .param("title", "T".repeat(301))
                        .param("date", "2014-05")
                        .param("precision", "DAY")
                        .param("country", "QQ")
                        .param("region", "NOPE")
                        .param("latitude", "95")
                        .param("longitude", "east")
                        .param("geoPrecision", "EXACT")
                        .param("objectsCount", "abc")
                        .param("objectsNote", "N".repeat(301))
                        .param("response", "UNKNOWN")
                        .param("sources", "No such source at all", ""),
                200);
        assertThat(form.select("#kind-error").text()).isEqualTo("Choose one.");
        assertThat(form.select("#title-error").text()).contains("at most 300 characters");
        assertThat(form.select("#date-error").text()).contains("full date");
        assertThat(form.select("#country-error").text()).isNotEmpty();
        assertThat(form.select("#region-error").text()).contains("listed regions");
        assertThat(form.select("#latitude-error").text()).contains("between -90 and 90");
        assertThat(form.select("#longitude-error").text()).contains("Write a number");
        assertThat(form.select("#objectsCount-error").text()).contains("whole number");
        assertThat(form.select("#objectsNote-error").text()).contains("at most 300 characters");
        assertThat(form.select("#sources-error").text()).contains("Pick one of the listed records");
        assertThat(form.select("#title").val()).hasSize(301);
        assertThat(form.select("#longitude").val()).isEqualTo("east");
        assertThat(form.select("#objectsCount").val()).isEqualTo("abc");
        assertThat(form.select("#sources0").val()).isEqualTo("No such source at all");
        assertThat(form.select("#date").val()).isEqualTo("2014-05");
    }

    @Test
    void moreProblemsAtTheirFields() throws Exception {
        SourceView source = records.source();
        String word = TestRecords.uniqueWord();
        Document form = page(
                valid(
                        post("/incidents"),
                        word,
                        LocalDate.now().plusDays(3),
                        source,
                        "title",
                        " ",
                        "latitude",
                        "",
                        "longitude",
                        "181",
                        "objectsCount",
                        "0",
                        "sources",
                        "|"),
                200);
        assertThat(form.select("#title-error").text()).isEqualTo("Fill this in.");
        assertThat(form.select("#date-error").text()).contains("too far ahead");
        assertThat(form.select("#longitude-error").text()).contains("between -180 and 180");
        assertThat(form.select("#objectsCount-error").text()).contains("at least 1");
        assertThat(form.select("#sources-error").text()).contains("Cite at least one source");

        Document oneCoordinate = page(
                valid(
                        post("/incidents"),
                        word,
                        quietDay(),
                        source,
                        "longitude",
                        "",
                        "objectsCount",
                        "99999999999",
                        "precision",
                        "SOMETIMES"),
                200);
        assertThat(oneCoordinate.select("#longitude-error").text()).contains("both coordinates");
        assertThat(oneCoordinate.select("#objectsCount-error").text()).contains("whole number");
        assertThat(oneCoordinate.select("#precision-error").text()).isNotEmpty();
    }

    @Test
    void aNewIncidentOnTheSameDayInTheSameRegionIsHeldBackUntilConfirmed() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source = records.source();
        String region = incidents.regions().get(0).code();
        LocalDate day = quietDay();
        IncidentView existing = records.incident(FuzzyDate.exact(day), word, region, source);

        Document warned = page(valid(post("/incidents"), word, day, source, "region", region), 200);
        assertThat(warned.select("#duplicates a[href=/incidents/" + existing.id() + "]"))
                .isNotEmpty();
        assertThat(warned.select("#confirmDuplicate1")).isNotEmpty();
        assertThat(warned.select("#title").val()).isEqualTo("Form incident " + word);
        assertThat(entries(timeline, EntryKind.INCIDENT, word)).hasSize(1);

        mvc.perform(asEditor(
                        valid(post("/incidents"), word, day, source, "region", region, "confirmDuplicate", "true")))
                .andExpect(redirectedUrlPattern("/incidents/*"));
        assertThat(entries(timeline, EntryKind.INCIDENT, word)).hasSize(2);
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionGetsTheConflictPage() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView source = records.source();
        LocalDate day = quietDay();
        IncidentView incident = records.incident(FuzzyDate.exact(day), word, null, source);
        mvc.perform(asEditor(valid(
                        post("/incidents/{id}", incident.id()),
                        word,
                        day,
                        source,
                        "title",
                        "First " + word,
                        "version",
                        "0")))
                .andExpect(redirectedUrlPattern("/incidents/*"));
        Document conflict = page(
                valid(
                        post("/incidents/{id}", incident.id()),
                        word,
                        day,
                        source,
                        "title",
                        "Second " + word,
                        "version",
                        "0"),
                409);
        assertThat(conflict.select(".conflict tr[data-field=title] .conflict__saved")
                        .text())
                .isEqualTo("First " + word);
        assertThat(conflict.select(".conflict tr[data-field=title] .conflict__yours")
                        .text())
                .isEqualTo("Second " + word);
        assertThat(conflict.select("#title").val()).isEqualTo("Second " + word);
        assertThat(conflict.select("input[name=version]").val()).isEqualTo("1");
        assertThat(incidents.get(incident.id()).title()).isEqualTo("First " + word);

        Document noVersion = page(valid(post("/incidents/{id}", incident.id()), word, day, source), 200);
        assertThat(noVersion.select(".problem").text()).contains("lost the version");
    }

    @Test
    void archivingTakesTheIncidentAndItsStatementsOffTheTimelineAndRestoringBringsThemBack() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.exact(quietDay()), word);
        StatementView statement =
                records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", incident.date(), word);
        assertThat(entries(timeline, EntryKind.INCIDENT, word)).hasSize(1);
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).hasSize(1);
        long version = incidents.get(incident.id()).version();

        mvc.perform(asEditor(post("/incidents/{id}/archive", incident.id()).param("version", "" + version)))
                .andExpect(redirectedUrlPattern("/incidents/*"));
        assertThat(entries(timeline, EntryKind.INCIDENT, word)).isEmpty();
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).isEmpty();
        assertThat(page(get("/timeline").param("q", word), 200).select("a[href=/incidents/" + incident.id() + "]"))
                .isEmpty();
        Document archived = page(get("/incidents/{id}", incident.id()), 200);
        assertThat(archived.select(".archived-banner")).isNotEmpty();
        assertThat(archived.select("form[action$=/restore]")).isNotEmpty();

        mvc.perform(asEditor(post("/incidents/{id}/restore", incident.id()).param("version", "" + (version + 1))))
                .andExpect(redirectedUrlPattern("/incidents/*"));
        assertThat(entries(timeline, EntryKind.INCIDENT, word))
                .singleElement()
                .satisfies(e -> assertThat(e.attribution()).isEqualTo("ALLEGED"));
        assertThat(entries(timeline, EntryKind.STATEMENT, word)).hasSize(1);
        assertThat(statement.id()).isPositive();
    }

    @Test
    void theIncidentPagesOfferTheFormsOnlyToEditors() throws Exception {
        assertThat(page(get("/incidents"), 200).select("a[href=/incidents/new]"))
                .isNotEmpty();
        mvc.perform(get("/incidents/new").with(user("reader").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post("/incidents").with(csrf()).param("title", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/incidents")
                        .with(csrf())
                        .with(user("reader").roles("ANALYST"))
                        .param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/1/archive")
                        .with(csrf())
                        .with(user("reader").roles("ANALYST"))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }
}
