package org.defencetracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The JSON API's contract: statuses, content types and key fields of every endpoint, and its refusals. */
@WebPageTest
@Import(TestRecords.class)
class JsonApiTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }

    @Test
    void pagesThroughTheFilteredTimelineWithCursors() throws Exception {
        LocalDate day = TestRecords.quietDay();
        String word = TestRecords.uniqueWord();
        IncidentView first = records.incident(FuzzyDate.exact(day), word);
        IncidentView second = records.incident(FuzzyDate.exact(day), word);
        String filter = "/api/v1/timeline?kind=INCIDENT&from=" + day + "&to=" + day + "&size=1";

        String page = mvc.perform(get(filter))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value("incident:" + second.id()))
                .andExpect(jsonPath("$.items[0].date.start").value(day.toString()))
                .andExpect(jsonPath("$.next").value(notNullValue()))
                .andExpect(jsonPath("$.previous").value(nullValue()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String next = JsonPath.read(page, "$.next");

        mvc.perform(get(filter + "&before=" + next))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].key").value("incident:" + first.id()))
                .andExpect(jsonPath("$.previous").value(notNullValue()));
    }

    @Test
    void refusesABadTimelineFilterWithProblemDetailsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/timeline?from=2024-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("expected a date written as YYYY-MM-DD"));
        mvc.perform(get("/api/v1/timeline?size=500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "to=2025-13-45 | to | expected a date written as YYYY-MM-DD",
                "from=2025-09-01&to=2025-01-01 | to | the end date is before the start date",
                "kind=INCIDENT,FOO | kind | unknown kind",
                "body=ministry | body | expected a whole number",
                "region=somewhere | region | expected a region code such as KZ-11",
                "origin=xx | origin | expected a two-letter country code such as RU",
                "attribution=SURE | attribution | expected CONFIRMED, ALLEGED, CONTESTED, DENIED or UNKNOWN",
                "before=garbage | before | not a page position this site wrote",
                "after=2025-01-01 | after | not a page position this site wrote",
                "size=abc | size | expected a page size between 1 and 200",
                "size=0 | size | expected a page size between 1 and 200",
                "at=soon | at | expected a date written as YYYY-MM-DD",
                "recordedOn=2999-01-01 | recordedOn | expected a day or minute that is not in the future",
                "recordedOn=2025-09-14T25:00 | recordedOn | expected a day such as 2025-09-14 or a minute such as 2025-09-14T10:30"
            })
    void namesTheReasonOfEachRefusedTimelineParameter(String query, String field, String message) throws Exception {
        mvc.perform(get("/api/v1/timeline?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void readsEmptyAndLowerCaseParametersAndRefusesTooManyWordsOrADeepSearchPage() throws Exception {
        mvc.perform(get("/api/v1/timeline").param("q", "a".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("too long"));
        mvc.perform(get("/api/v1/timeline?kind=incident,statement&origin=ru&from=&size=&before="))
                .andExpect(status().isOk());
        // Headers named like parameters are no parameters.
        mvc.perform(get("/api/v1/timeline").header("size", "0").header("to", "soon"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/search?q=law&page=51"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("expected a page number between 1 and 50"));
    }

    @Test
    void readsActsAndBodiesWithTheirMandateAsOfADay() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        BodyView body = records.body();
        LocalDate day = TestRecords.quietDay();
        String duty = "Guard the airspace " + TestRecords.uniqueWord();
        ActView act = records.act(body.id())
                .stage(StageKind.SIGNED, FuzzyDate.exact(day))
                .grants(body.id(), day, null, duty)
                .issue();

        mvc.perform(get("/api/v1/acts/" + act.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(act.id()))
                .andExpect(jsonPath("$.titleEn").value(act.titleEn()))
                .andExpect(jsonPath("$.issuingBodyId").value(body.id()))
                .andExpect(jsonPath("$.stages[0].stage").value("SIGNED"))
                .andExpect(jsonPath("$.version").value(act.version()));
        mvc.perform(get("/api/v1/acts")).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int)
                act.id())));
        mvc.perform(get("/api/v1/acts?changedSince=" + before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) act.id())));

        mvc.perform(get("/api/v1/bodies/" + body.id() + "?asOf=" + day))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value(body.nameEn()))
                .andExpect(jsonPath("$.asOf").value(day.toString()))
                .andExpect(jsonPath("$.mandate[0].duty").value(duty))
                .andExpect(jsonPath("$.mandate[0].actId").value(act.id()));
        mvc.perform(get("/api/v1/bodies/" + body.id() + "?asOf=" + day.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mandate.length()").value(0));
        assertThat(everyId("/api/v1/bodies")).contains(body.id());
    }

    @Test
    void readsAnIncidentWithItsStatementsAndTheStatementAndSourceOnTheirOwn() throws Exception {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.exact(TestRecords.quietDay()), word);
        StatementView statement =
                records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", incident.date(), word);
        long sourceId = incident.sources().get(0).id();

        mvc.perform(get("/api/v1/incidents/" + incident.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value(incident.title()))
                .andExpect(jsonPath("$.attribution").value("ALLEGED"))
                .andExpect(jsonPath("$.origin").value("RU"))
                .andExpect(jsonPath("$.attributionAllegedBy[0]").value(statement.actorName()))
                .andExpect(jsonPath("$.attributionDecidedBy").doesNotExist())
                .andExpect(jsonPath("$.sources[0].id").value(sourceId))
                .andExpect(jsonPath("$.statements[0].id").value(statement.id()))
                .andExpect(jsonPath("$.statements[0].stance").value("ASSERTS"));
        mvc.perform(get("/api/v1/statements/" + statement.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(incident.id()))
                .andExpect(jsonPath("$.text").value(statement.text()));
        mvc.perform(get("/api/v1/sources/" + sourceId))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.publisher").value(incident.sources().get(0).publisher()))
                .andExpect(jsonPath("$.published.precision").value("DAY"));
        mvc.perform(get("/api/v1/incidents"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/v1/sources")).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int)
                sourceId)));
    }

    @Test
    void pagesThroughActsOfAKindByTheLinkToTheNextPage() throws Exception {
        BodyView body = records.body();
        ActView older = records.act(body.id())
                .stage(StageKind.SIGNED, FuzzyDate.exact(TestRecords.quietDay()))
                .issue();
        ActView newer = records.act(body.id())
                .stage(StageKind.SIGNED, FuzzyDate.exact(TestRecords.quietDay()))
                .issue();
        var first = mvc.perform(get("/api/v1/acts?size=1&kind=" + newer.kind()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(newer.id()))
                .andReturn()
                .getResponse();
        String link = first.getHeader("Link");
        assertThat(link)
                .startsWith("</api/v1/acts?before=" + newer.id())
                .contains("kind=" + newer.kind(), "size=1")
                .endsWith(">; rel=\"next\"");
        mvc.perform(get(link.substring(1, link.indexOf('>'))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(older.id()));

        // Nothing lies before the first act: the last page has no link.
        mvc.perform(get("/api/v1/acts?before=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(header().doesNotExist("Link"));
        mvc.perform(get("/api/v1/acts?size=0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/acts?before=newest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("before"));
    }

    @Test
    void pagesThroughIncidentsByTheLinkToTheNextPage() throws Exception {
        records.incident(FuzzyDate.exact(TestRecords.quietDay()), TestRecords.uniqueWord());
        records.incident(FuzzyDate.exact(TestRecords.quietDay()), TestRecords.uniqueWord());
        String two = mvc.perform(get("/api/v1/incidents?size=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", org.hamcrest.Matchers.endsWith("size=2>; rel=\"next\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var first = mvc.perform(get("/api/v1/incidents?size=1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String link = first.getHeader("Link");
        assertThat(link).startsWith("</api/v1/incidents?before=").endsWith(">; rel=\"next\"");
        String next = link.substring(1, link.indexOf('>'));
        String second = mvc.perform(get(next)).andReturn().getResponse().getContentAsString();
        // Two pages of one are the page of two.
        assertThat(java.util.List.of(
                        JsonPath.<Integer>read(first.getContentAsString(), "$.items[0].id"),
                        JsonPath.<Integer>read(second, "$.items[0].id")))
                .isEqualTo(JsonPath.<java.util.List<Integer>>read(two, "$.items[*].id"));

        // Nothing lies before the first day any record may have: the last page has no link.
        mvc.perform(get("/api/v1/incidents?before=1800-01-01.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(header().doesNotExist("Link"));
        mvc.perform(get("/api/v1/incidents?before=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("before"));
        mvc.perform(get("/api/v1/incidents?size=201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void listsWhatChangedSinceAMoment() throws Exception {
        SourceView old = records.source();
        Instant since = Instant.now();
        Thread.sleep(5);
        IncidentView incident = records.incident(FuzzyDate.exact(TestRecords.quietDay()), TestRecords.uniqueWord());
        long newSource = incident.sources().get(0).id();

        mvc.perform(get("/api/v1/incidents?changedSince=" + since))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) incident.id())));
        String changed = mvc.perform(get("/api/v1/sources?changedSince=" + since))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) newSource)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(changed, "$.items[*].id"))
                .doesNotContain((int) old.id());
        mvc.perform(get("/api/v1/sources?changedSince=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("changedSince"));
    }

    @Test
    void answersUnknownIdsWithANotFoundProblem() throws Exception {
        for (String path : new String[] {
            "/api/v1/acts/", "/api/v1/bodies/", "/api/v1/incidents/", "/api/v1/sources/", "/api/v1/statements/"
        }) {
            mvc.perform(get(path + Long.MAX_VALUE))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.instance").value(path + Long.MAX_VALUE));
        }
        mvc.perform(get("/api/v1/acts/abc")).andExpect(status().isNotFound());
    }

    @Test
    void writesNeedAnEditorSignedInWithHttpBasic() throws Exception {
        String body = sourceJson("Publisher", "Title", "https://example.org/a", null);
        mvc.perform(post("/api/v1/sources")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                // Both ways in are offered: a token, and HTTP Basic for clients written before tokens.
                .andExpect(header().string(
                                "WWW-Authenticate",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("Bearer realm="),
                                        org.hamcrest.Matchers.containsString("Basic realm="))))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/v1/sources")
                        .with(user("reader").roles("ANALYST"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/v1/sources")
                        .with(httpBasic("nobody" + UUID.randomUUID(), "not a password at all"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());

        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "a long enough secret", Role.EDITOR);
        mvc.perform(post("/api/v1/sources")
                        .with(httpBasic(name, "a long enough secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/sources/")))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.title").value("Title"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void createsAndUpdatesASourceAndRefusesAStaleVersion() throws Exception {
        String word = TestRecords.uniqueWord();
        String created = mvc.perform(post("/api/v1/sources")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sourceJson("Publisher " + word, "Title " + word, "https://example.org/" + word, null)))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");

        mvc.perform(put("/api/v1/sources/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sourceJson("Publisher " + word, "Corrected " + word, null, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Corrected " + word))
                .andExpect(jsonPath("$.url").value(nullValue()))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/sources/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sourceJson("Publisher " + word, "Stale " + word, null, 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(put("/api/v1/sources/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sourceJson("Publisher " + word, "No version " + word, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/sources/" + id)).andExpect(jsonPath("$.title").value("Corrected " + word));
    }

    @Test
    void refusesASourceWithTheFormsMessagesNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/sources")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publisher\":\"Someone\",\"title\":\" \",\"url\":\"example dot org\","
                                + "\"date\":\"2015-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Fill this in.")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'url')].message")
                                .value(
                                        hasItem(
                                                "Give a full web address starting with https:// or http://, such as https://example.org/article.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')]").isNotEmpty());
        mvc.perform(post("/api/v1/sources")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void recordsAndCorrectsAnIncidentWithTheFormsRules() throws Exception {
        SourceView source = records.source();
        // Forms take dates from 1900 on.
        LocalDate quiet = TestRecords.quietDay();
        LocalDate day = quiet.withYear(1900 + quiet.getYear() % 99);
        String word = TestRecords.uniqueWord();
        String created = mvc.perform(post("/api/v1/incidents")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("Drone over the border " + word, day, "51.16", source.id(), null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Drone over the border " + word))
                .andExpect(jsonPath("$.latitude").value(51.16))
                .andExpect(jsonPath("$.sources[0].id").value(source.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");

        mvc.perform(put("/api/v1/incidents/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("Corrected " + word, day, "51.2", source.id(), 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Corrected " + word))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/incidents/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("Stale " + word, day, "51.2", source.id(), 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        // One dated the same in the same place is named, not recorded, unless confirmed.
        String again = TestRecords.uniqueWord();
        mvc.perform(post("/api/v1/incidents")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("Again " + again, day, "51.2", source.id(), null)
                                .replace("\"confirmDuplicate\":true", "\"confirmDuplicate\":false")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.instance").value("/api/v1/incidents"))
                .andExpect(jsonPath("$.duplicates").value(hasItem(id)));
        mvc.perform(get("/api/v1/search").param("q", again).param("kind", "incident"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/api/v1/incidents")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("", day, "95", Long.MAX_VALUE, null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Fill this in.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'latitude')].message")
                        .value(hasItem("A latitude lies between -90 and 90.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sources')]").isNotEmpty());
        mvc.perform(put("/api/v1/incidents/" + Long.MAX_VALUE)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("Nothing " + word, day, "51.2", source.id(), 0)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiEndpoint() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/"))
                        .forEach(mapped::add));
        assertThat(mapped).contains("/api/v1/timeline", "/api/v1/incidents/{id}", "/api/v1/statements/{id}");

        String document = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> paths = JsonPath.read(document, "$.paths");
        // Beside the API, the document describes the site's exports of the timeline (see OpenApiDocumentTest).
        assertThat(new TreeSet<>(paths.keySet())
                        .stream().filter(p -> p.startsWith("/api/")).toList())
                .isEqualTo(List.copyOf(mapped));
        assertThat(JsonPath.<Object>read(document, "$.paths['/api/v1/sources/{id}'].put"))
                .isNotNull();
        assertThat(JsonPath.<Object>read(document, "$.paths['/api/v1/incidents'].post"))
                .isNotNull();
        assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.basic.scheme"))
                .isEqualTo("basic");
        assertThat(JsonPath.<Object>read(document, "$.paths['/api/v1/sources/{id}'].put.security"))
                .asString()
                .contains("basic");
    }

    @Test
    void theOpenApiDocumentTypesEachOfTheTimelinesParameters() throws Exception {
        String document = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> timeline = parameters(document, "/api/v1/timeline");
        assertThat(timeline)
                .doesNotContainKey("params")
                .containsOnlyKeys(
                        "from",
                        "to",
                        "kind",
                        "body",
                        "region",
                        "origin",
                        "attribution",
                        "q",
                        "before",
                        "after",
                        "size",
                        "at",
                        "recordedOn");
        assertThat(timeline.values()).allSatisfy(p -> assertThat(p).containsEntry("in", "query"));
        for (String day : new String[] {"from", "to", "at"}) {
            assertThat(schema(timeline, day)).containsEntry("type", "string").containsEntry("format", "date");
        }
        assertThat(schema(timeline, "recordedOn"))
                .containsEntry("type", "string")
                .containsEntry("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?")
                .doesNotContainKey("properties")
                .doesNotContainKey("format");
        assertThat(schema(timeline, "size"))
                .containsEntry("type", "integer")
                .containsEntry("minimum", 1)
                .containsEntry("maximum", 200);
        assertThat(schema(timeline, "body")).containsEntry("type", "integer");
        for (String cursor : new String[] {"before", "after"}) {
            assertThat(schema(timeline, cursor)).containsEntry("type", "string").doesNotContainKey("properties");
        }
        assertThat(schema(timeline, "kind")).containsEntry("type", "array");
        assertThat(JsonPath.<List<String>>read(
                        document,
                        "$.paths['/api/v1/timeline'].get.parameters[?(@.name == 'kind')].schema.items.enum[*]"))
                .contains("INCIDENT", "ACT_STAGE");

        Map<String, Map<String, Object>> search = parameters(document, "/api/v1/search");
        assertThat(search).containsOnlyKeys("q", "kind", "page");
        assertThat(schema(search, "page"))
                .containsEntry("type", "integer")
                .containsEntry("minimum", 1)
                .containsEntry("maximum", 50);
    }

    /** The parameters of an address's GET operation in the OpenAPI document, by name. */
    private static Map<String, Map<String, Object>> parameters(String document, String path) {
        List<Map<String, Object>> list = JsonPath.read(document, "$.paths['" + path + "'].get.parameters");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        list.forEach(p -> byName.put((String) p.get("name"), p));
        return byName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Map<String, Object>> parameters, String name) {
        return (Map<String, Object>) parameters.get(name).get("schema");
    }

    @Test
    void swaggerUiLoadsWithoutInlineScripts() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Every script is a file of its own, which the site's policy allows; an inline one would be blocked.
        assertThat(page).containsPattern("<script src=");
        assertThat(page.replaceAll("<script[^>]*src=[^>]*>\\s*</script>", "")).doesNotContain("<script");
        mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk());
        // The files the page names are served from the library's jar without a version in their address.
        mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/swagger-ui.css")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk());
    }

    private static String sourceJson(String publisher, String title, String url, Integer version) {
        return "{\"publisher\":" + quoted(publisher) + ",\"title\":" + quoted(title) + ",\"url\":" + quoted(url)
                + ",\"date\":\"2014-03-02\",\"precision\":\"DAY\",\"version\":" + version + "}";
    }

    private static String incidentJson(String title, LocalDate day, String latitude, long sourceId, Integer version) {
        return "{\"kind\":\"DRONE_INCURSION\",\"title\":" + quoted(title) + ",\"date\":\"" + day
                + "\",\"precision\":\"DAY\",\"country\":\"KZ\",\"latitude\":" + latitude
                + ",\"longitude\":71.43,\"geoPrecision\":\"EXACT\",\"sources\":[" + sourceId
                + "],\"confirmDuplicate\":true,\"version\":" + version + "}";
    }

    @Test
    void everyListAnswersInTheOnePageShape() throws Exception {
        SourceView source = records.source();
        for (String list : List.of("/api/v1/acts", "/api/v1/incidents", "/api/v1/sources", "/api/v1/bodies")) {
            mvc.perform(get(list))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isArray())
                    .andExpect(jsonPath("$.next").hasJsonPath())
                    .andExpect(jsonPath("$.previous").hasJsonPath())
                    .andExpect(jsonPath("$.total").isNumber())
                    .andExpect(jsonPath("$.totalEstimated").value(false));
        }
        mvc.perform(get("/api/v1/timeline?size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.next").isString())
                .andExpect(jsonPath("$.total").isEmpty());
        mvc.perform(get("/api/v1/search?q=ministry"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.previous").isEmpty())
                .andExpect(jsonPath("$.totalEstimated").isBoolean());

        // Sources are paged now: the one just added is on some page, found through the pages' next.
        assertThat(everyId("/api/v1/sources")).contains(source.id());
        mvc.perform(get("/api/v1/sources?before=not-a-cursor"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("before"));
    }

    /** The ids of every item of a list, read page by page through each page's next. */
    private List<Long> everyId(String list) throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        String next = null;
        do {
            String page = mvc.perform(get(list + (next == null ? "" : "?before=" + next)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonPath.<List<Number>>read(page, "$.items[*].id").forEach(id -> ids.add(id.longValue()));
            next = JsonPath.read(page, "$.next");
        } while (next != null);
        return ids;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
