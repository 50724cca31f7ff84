package org.defencetracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.act.ActService;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.incident.AttributionStatus;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.StatementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bodies and statements written through the JSON API, over HTTP Basic with a real account: the page forms' rules
 * and messages, fields named as the JSON names them, 409 for a stale version, and nothing written when refused.
 */
@WebPageTest
@Import(TestRecords.class)
class JsonApiWritesTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActService acts;

    @Autowired
    MandateService mandates;

    @Autowired
    TestRecords records;

    @Autowired
    AccountService accounts;

    @Autowired
    BodyService bodies;

    @Autowired
    StatementService statements;

    @Autowired
    IncidentService incidents;

    String editorName;
    String analystName;

    @BeforeEach
    void accounts() {
        editorName = "apied" + UUID.randomUUID().toString().substring(0, 8);
        analystName = "apian" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(editorName, PASSWORD, Role.EDITOR);
        accounts.create(analystName, PASSWORD, Role.ANALYST);
    }

    private RequestPostProcessor editor() {
        return httpBasic(editorName, PASSWORD);
    }

    @Test
    void addsAndCorrectsABodyUnderAParentNamedById() throws Exception {
        BodyView parent = records.body("Parent council");
        String word = TestRecords.uniqueWord();
        String created = mvc.perform(post("/api/v1/bodies")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson("Api committee " + word, parent.id(), null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/bodies/")))
                .andExpect(jsonPath("$.nameEn").value("Api committee " + word))
                .andExpect(jsonPath("$.parentId").value(parent.id()))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(put("/api/v1/bodies/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson("Api committee on defence " + word, parent.id(), 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Api committee on defence " + word))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/bodies/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson("Stale " + word, parent.id(), 0L)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(bodies.get(id).nameEn()).isEqualTo("Api committee on defence " + word);

        // A body cannot become a part of its own part.
        mvc.perform(put("/api/v1/bodies/" + parent.id())
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson(parent.nameEn(), id, parent.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
    }

    @Test
    void refusesABodyWithTheFormsMessagesAndATakenName() throws Exception {
        BodyView taken = records.body("Taken name");
        mvc.perform(post("/api/v1/bodies")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"AGENCY\",\"country\":\"QQ\",\"nameEn\":\" \",\"parentId\":"
                                + Long.MAX_VALUE + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value(hasItem("Fill this in.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'country')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'parentId')]").isNotEmpty());
        mvc.perform(post("/api/v1/bodies")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson(taken.nameEn().toUpperCase(), null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nameEn"));
        mvc.perform(post("/api/v1/bodies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson("Anonymous " + TestRecords.uniqueWord(), null, null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        String word = TestRecords.uniqueWord();
        mvc.perform(post("/api/v1/bodies")
                        .with(httpBasic(analystName, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bodyJson("Analyst " + word, null, null)))
                .andExpect(status().isForbidden());
        assertThat(bodies.findByName("KZ", "Analyst " + word)).isEmpty();
    }

    @Test
    void recordsAClaimAboutAnIncidentAndTheAttributionFollows() throws Exception {
        SourceView source = records.source();
        LocalDate quiet = TestRecords.quietDay();
        LocalDate day = quiet.withYear(1900 + quiet.getYear() % 99);
        IncidentView incident = records.incident(FuzzyDate.exact(day), TestRecords.uniqueWord());
        String created = mvc.perform(post("/api/v1/statements")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(statementJson(day, "CONFIRMS", incident.id(), null, source.id(), null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stance").value("CONFIRMS"))
                .andExpect(jsonPath("$.incidentId").value(incident.id()))
                .andExpect(jsonPath("$.sources[0].id").value(source.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(incidents.attributionOf(incident.id()).status()).isEqualTo(AttributionStatus.CONFIRMED);

        mvc.perform(put("/api/v1/statements/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(statementJson(day, "DENIES", incident.id(), null, source.id(), 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stance").value("DENIES"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(incidents.attributionOf(incident.id()).status()).isEqualTo(AttributionStatus.DENIED);
        mvc.perform(put("/api/v1/statements/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(statementJson(day, "ASSERTS", incident.id(), null, source.id(), 0L)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(statements.get(id).stance().name()).isEqualTo("DENIES");
    }

    @Test
    void refusesAStatementWithoutOneKnownSubjectOrASource() throws Exception {
        LocalDate day = LocalDate.of(1990, 3, 4);
        IncidentView incident = records.incident(FuzzyDate.exact(day), TestRecords.uniqueWord());
        long actId = records.act(records.body().id())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .issue()
                .id();
        mvc.perform(post("/api/v1/statements")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(statementJson(day, "ASSERTS", incident.id(), actId, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'incidentId')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'sources')]").isNotEmpty());
        mvc.perform(post("/api/v1/statements")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(statementJson(
                                day,
                                "ASSERTS",
                                Long.MAX_VALUE,
                                null,
                                records.source().id(),
                                null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incidentId"));
        assertThat(incidents.ledger(incident.id())).isEmpty();
    }

    @Test
    void aDutyOfAnotherActCannotBeCorrectedThroughThisOne() throws Exception {
        BodyView issuer = records.body("Api owning issuer");
        BodyView ministry = records.body("Api owning ministry");
        SourceView source = records.source();
        LocalDate day = LocalDate.of(1998, 5, 7);
        var act = records.act(issuer.id())
                .titled("Own api duties " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .grants(ministry.id(), day, null, "Keep the own list")
                .citing(source)
                .issue();
        var other = records.act(issuer.id())
                .titled("Other api duties " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .grants(ministry.id(), day, null, "Keep the other list")
                .citing(source)
                .issue();
        String othersDuty = mvc.perform(get("/api/v1/acts/" + other.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long foreign = ((Number) JsonPath.read(othersDuty, "$.duties[0].id")).longValue();

        mvc.perform(put("/api/v1/acts/" + act.id())
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DECREE\",\"titleEn\":\"" + act.titleEn() + "\",\"issuingBodyId\":"
                                + issuer.id() + ",\"stages\":[{\"stage\":\"ADOPTED\",\"date\":\"" + day
                                + "\"}],\"duties\":[{\"id\":" + foreign + ",\"bodyId\":" + ministry.id()
                                + ",\"duty\":\"Taken over\",\"validFrom\":\"" + day + "\"}],\"version\":0}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        mvc.perform(get("/api/v1/acts/" + other.id()))
                .andExpect(jsonPath("$.duties[0].duty").value("Keep the other list"));
        mvc.perform(get("/api/v1/acts/" + act.id()))
                .andExpect(jsonPath("$.duties[0].duty").value("Keep the own list"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void issuesADecreeThatGivesADutyAndCorrectsItKeepingTheDuty() throws Exception {
        BodyView government = records.body("Api government");
        BodyView ministry = records.body("Api ministry");
        SourceView source = records.source();
        String word = TestRecords.uniqueWord();
        String created = mvc.perform(post("/api/v1/acts")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(actJson(
                                "N-" + word,
                                "On civil defence " + word,
                                government.id(),
                                "1998-04-02",
                                source.id(),
                                ministry.id(),
                                "1998-04-02",
                                null,
                                null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.titleEn").value("On civil defence " + word))
                .andExpect(jsonPath("$.stages[0].stage").value("ADOPTED"))
                .andExpect(jsonPath("$.duties[0].bodyId").value(ministry.id()))
                .andExpect(jsonPath("$.duties[0].change").value("GRANTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/bodies/" + ministry.id() + "?asOf=1998-04-02"))
                .andExpect(jsonPath("$.mandate[0].duty").value("Warn the public " + word))
                .andExpect(jsonPath("$.mandate[0].actId").value(id));

        // Leaving the duties out keeps them.
        mvc.perform(put("/api/v1/acts/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DECREE\",\"officialNumber\":\"N-" + word
                                + "\",\"titleEn\":\"On civil and territorial defence " + word
                                + "\",\"issuingBodyId\":" + government.id()
                                + ",\"stages\":[{\"stage\":\"ADOPTED\",\"date\":\"1998-04-02\"}],\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value("On civil and territorial defence " + word))
                .andExpect(jsonPath("$.sourceIds[0]").value(source.id()))
                .andExpect(jsonPath("$.duties[0].duty").value("Warn the public " + word))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/acts/" + id)
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(actJson(
                                "N-" + word,
                                "Stale " + word,
                                government.id(),
                                "1998-04-02",
                                source.id(),
                                ministry.id(),
                                "1998-04-02",
                                null,
                                0L)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/acts/" + id))
                .andExpect(jsonPath("$.titleEn").value("On civil and territorial defence " + word));

        // The same number for the same kind of act from the same body is taken.
        mvc.perform(post("/api/v1/acts")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(actJson(
                                "N-" + word,
                                "Another " + word,
                                government.id(),
                                "1998-05-02",
                                source.id(),
                                null,
                                null,
                                null,
                                null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officialNumber"));
    }

    @Test
    void refusesAnActWithTheFormsMessagesNamingEachField() throws Exception {
        BodyView ministry = records.body("Api ministry");
        String word = TestRecords.uniqueWord();
        mvc.perform(post("/api/v1/acts")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(actJson(
                                null,
                                "Refused " + word,
                                Long.MAX_VALUE,
                                "2999-01-01",
                                Long.MAX_VALUE,
                                ministry.id(),
                                "1998-04-02",
                                "1998-04-01",
                                null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'issuingBodyId')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'stages[0].date')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'sources[0]')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'duties[0].validTo')]").isNotEmpty());
        mvc.perform(get("/api/v1/acts")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/api/v1/acts")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Refused " + word);
    }

    @Test
    void refusesToWithdrawADutyAlreadyWithdrawnAtItsFieldAndWritesNothing() throws Exception {
        BodyView government = records.body("Api withdrawing government");
        BodyView ministry = records.body("Api withdrawn-from ministry");
        SourceView source = records.source();
        String word = TestRecords.uniqueWord();
        var granting = records.act(government.id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(1998, 4, 2))
                .grants(ministry.id(), LocalDate.of(1998, 4, 2), null, "Keep the api register " + word)
                .issue();
        long duty = mandates.ofAct(granting.id()).get(0).id();
        var repeal = records.act(government.id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(1998, 6, 1))
                .issue();
        acts.withdraw(repeal.id(), duty, LocalDate.of(1998, 6, 1));
        String again = actJson(
                        "N-" + word,
                        "Again " + word,
                        government.id(),
                        "1998-07-01",
                        source.id(),
                        null,
                        null,
                        null,
                        null)
                .replace(
                        ",\"version\"",
                        ",\"withdrawals\":[{\"mandateId\":" + duty + ",\"effectiveOn\":\"1998-07-01\"}],\"version\"");

        mvc.perform(post("/api/v1/acts")
                        .with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(again))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'withdrawals[0].mandateId')].message")
                        .value(hasItem(containsString("already taken away"))));
        assertThat(mandates.historyOf(ministry.id())).hasSize(2);
        assertThat(mvc.perform(get("/api/v1/acts")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Again " + word);
    }

    private static String actJson(
            String number,
            String title,
            long issuerId,
            String adopted,
            long sourceId,
            Long dutyBodyId,
            String dutyFrom,
            String dutyTo,
            Long version) {
        String duties = dutyBodyId == null
                ? "[]"
                : "[{\"bodyId\":" + dutyBodyId + ",\"duty\":\"Warn the public " + title.replaceAll(".* ", "")
                        + "\",\"validFrom\":\"" + dutyFrom + "\",\"validTo\":"
                        + (dutyTo == null ? "null" : "\"" + dutyTo + "\"") + "}]";
        return "{\"kind\":\"DECREE\",\"officialNumber\":" + (number == null ? "null" : "\"" + number + "\"")
                + ",\"titleEn\":\"" + title + "\",\"issuingBodyId\":" + issuerId + ",\"summary\":\"Gives duties.\""
                + ",\"stages\":[{\"stage\":\"ADOPTED\",\"date\":\"" + adopted + "\",\"precision\":\"DAY\"}]"
                + ",\"sources\":[" + sourceId + "],\"duties\":" + duties + ",\"version\":" + version + "}";
    }

    private static String bodyJson(String name, Long parentId, Long version) {
        return "{\"kind\":\"COMMITTEE\",\"country\":\"KZ\",\"nameEn\":\"" + name + "\",\"parentId\":" + parentId
                + ",\"version\":" + version + "}";
    }

    private static String statementJson(
            LocalDate day, String stance, Long incidentId, Long actId, Long sourceId, Long version) {
        return "{\"date\":\"" + day + "\",\"precision\":\"DAY\",\"actorType\":\"OFFICIAL\","
                + "\"actorName\":\"Api ministry spokesperson\",\"actorCountry\":\"KZ\",\"stance\":\"" + stance
                + "\",\"claimedOrigin\":\"RU\",\"text\":\"Said so at a briefing.\",\"incidentId\":" + incidentId
                + ",\"actId\":" + actId + ",\"sources\":" + (sourceId == null ? "[]" : "[" + sourceId + "]")
                + ",\"version\":" + version + "}";
    }
}
