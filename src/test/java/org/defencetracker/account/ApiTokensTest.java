package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Personal access tokens: issued on the account page or by the API with a password, shown once, kept only as a
 * fingerprint, read-only or writing with the account's role, refused at once when unknown, revoked or expired.
 */
@WebPageTest
class ApiTokensTest {

    private static final String PASSWORD = "a long enough password";
    private static final String SOURCE = "{\"publisher\": \"Kazinform\", \"title\": \"A report\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    String editor;
    String analyst;

    @BeforeEach
    void accounts() {
        editor = "toked" + UUID.randomUUID().toString().substring(0, 8);
        analyst = "tokan" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(editor, PASSWORD, Role.EDITOR);
        accounts.create(analyst, PASSWORD, Role.ANALYST);
    }

    @Test
    void keepsOnlyAFingerprintOfTheSecretAndKnowsWhoItActsFor() {
        ApiTokens.IssuedToken issued = tokens.issue(editor, "  nightly export ", true, 30);

        assertThat(issued.secret()).startsWith("dtk_").hasSizeGreaterThan(40);
        assertThat(issued.token().name()).isEqualTo("nightly export");
        assertThat(issued.token().hint()).isEqualTo(issued.secret().substring(0, 8));
        Map<String, Object> row = jdbc.sql("select * from api_token where id = ?")
                .param(issued.token().id())
                .query()
                .singleRow();
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(issued.secret()));
        assertThat(row.get("secret_hash")).isEqualTo(ApiTokens.hash(issued.secret()));

        assertThat(tokens.holder(issued.secret())).hasValueSatisfying(holder -> {
            assertThat(holder.username()).isEqualTo(editor);
            assertThat(holder.role()).isEqualTo(Role.EDITOR);
            assertThat(holder.canWrite()).isTrue();
        });
        assertThat(tokens.of(editor))
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        assertThat(tokens.holder(issued.secret() + "x")).isEmpty();
        assertThat(tokens.holder("not a token")).isEmpty();
        assertThat(tokens.holder(null)).isEmpty();
    }

    @Test
    void aRevokedAnExpiredOrADisabledAccountsTokenActsForNoOne() {
        String revoked = tokens.issue(editor, "revoked", false, null).secret();
        String expired = tokens.issue(editor, "expired", false, 30).secret();
        tokens.revoke(
                editor,
                tokens.of(editor).stream()
                        .filter(t -> t.name().equals("revoked"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where secret_hash = ?")
                .param(ApiTokens.hash(expired))
                .update();
        assertThat(tokens.holder(revoked)).isEmpty();
        assertThat(tokens.holder(expired)).isEmpty();

        String other = tokens.issue(analyst, "analyst's", false, null).secret();
        assertThat(tokens.holder(other)).isPresent();
        long analystId = accounts.find(analyst).orElseThrow().id();
        accounts.setEnabled(analystId, false);
        assertThat(tokens.holder(other)).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> tokens.revoke(analyst, tokens.of(editor).get(0).id()))
                .isInstanceOf(ApiTokenNotFoundException.class);
    }

    @Test
    void aReadOnlyTokenReadsAndAWritingOneWritesWithItsAccountsRole() throws Exception {
        String reading = tokens.issue(editor, "reader", false, null).secret();
        String writing = tokens.issue(editor, "writer", true, null).secret();

        mvc.perform(get("/api/v1/sources").with(bearer(reading))).andExpect(status().isOk());
        mvc.perform(writeSource().with(bearer(reading)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(writeSource().with(bearer(writing))).andExpect(status().isCreated());

        // A writing token of an account that was made an analyst since may only read.
        accounts.changeRole(accounts.find(editor).orElseThrow().id(), Role.ANALYST);
        mvc.perform(writeSource().with(bearer(writing))).andExpect(status().isForbidden());
    }

    @Test
    void aBadTokenIsRefusedEvenWhereReadingIsOpen() throws Exception {
        mvc.perform(get("/api/v1/sources").with(bearer("dtk_" + "A".repeat(43))))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(
                                HttpHeaders.WWW_AUTHENTICATE,
                                org.hamcrest.Matchers.containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/sources")).andExpect(status().isOk());
    }

    @Test
    void theApiIssuesATokenOnlyForAPasswordAndListsAndRevokesThem() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(editor, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"ci\", \"canWrite\": true, \"days\": 30}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/tokens/")))
                .andExpect(jsonPath("$.name").value("ci"))
                .andExpect(jsonPath("$.canWrite").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = com.jayway.jsonpath.JsonPath.read(body, "$.secret");
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();

        mvc.perform(post("/api/v1/tokens")
                        .with(bearer(secret))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"another\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tokens").with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("ci"))
                .andExpect(jsonPath("$.items[0].secret").doesNotExist());

        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(analyst, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"canWrite\": true, \"days\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Fill this in."))
                .andExpect(jsonPath("$.errors[?(@.field == 'canWrite')].message")
                        .value("Tokens of analysts can only read."))
                .andExpect(jsonPath("$.errors[?(@.field == 'days')]").exists());
        assertThat(tokens.of(analyst)).isEmpty();

        mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic(analyst, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/{id}", id).with(bearer(secret))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").with(bearer(secret))).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiDocumentOffersATokenWhereverItOffersBasic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/sources'].post.security[*].bearer")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/sources'].post.security[*].basic")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.security[*].bearer")
                        .exists());
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndRevokesIt() throws Exception {
        Cookie session = SignedInSessions.signIn(mvc, editor, PASSWORD);
        assertThat(page(get("/account").cookie(session)).select("main").text()).contains("You have no tokens.");

        Document issued = page(post("/account/tokens")
                .cookie(session)
                .with(csrf())
                .param("name", "QGIS on my laptop")
                .param("canWrite", "true")
                .param("days", "90"));
        String secret = issued.select("#issued-secret").text();
        assertThat(secret).startsWith("dtk_");
        assertThat(tokens.holder(secret))
                .hasValueSatisfying(h -> assertThat(h.canWrite()).isTrue());
        assertThat(issued.select("table.tokens tbody tr")).hasSize(1);
        assertThat(issued.select("table.tokens").text()).contains("QGIS on my laptop", "Read and write");
        assertThat(issued.select("#name").val()).isEmpty();

        Document later = page(get("/account").cookie(session));
        assertThat(later.html()).doesNotContain(secret);
        assertThat(later.select("table.tokens").text()).contains(secret.substring(0, 8));

        long id = tokens.of(editor).get(0).id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account#tokens"));
        assertThat(tokens.holder(secret)).isEmpty();
        assertThat(tokens.of(editor)).isEmpty();
    }

    @Test
    void theAccountPageSaysEachMistakeAtItsFieldAndIssuesNothing() throws Exception {
        Cookie session = SignedInSessions.signIn(mvc, analyst, PASSWORD);
        assertThat(page(get("/account").cookie(session)).select("#canWrite")).isEmpty();

        Document refused = page(post("/account/tokens")
                .cookie(session)
                .with(csrf())
                .param("name", " ")
                .param("canWrite", "true")
                .param("days", "7"));
        assertThat(refused.select("#name-error").text()).isEqualTo("Give the token a name.");
        assertThat(refused.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#canWrite-error").text()).isEqualTo("Tokens of analysts can only read.");
        assertThat(refused.select("#days-error").text()).isEqualTo("Choose one of the lifetimes offered.");
        assertThat(refused.select("#issued-secret")).isEmpty();
        assertThat(tokens.of(analyst)).isEmpty();

        mvc.perform(post("/account/tokens/{id}/revoke", Long.MAX_VALUE)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder writeSource() {
        return post("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content(SOURCE);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }
}
