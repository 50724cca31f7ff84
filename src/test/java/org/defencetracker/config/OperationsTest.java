package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.ApiTokens;
import org.defencetracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators read: Prometheus metrics for administrators only (with a token or a password), health for anyone,
 * and one access-log line per request, refusals included.
 */
@WebPageTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    private static final String PASSWORD = "operations-test-password-1";
    private static final String ACCESS_LOG = "org.defencetracker.access";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    String admin;
    String editor;

    @BeforeEach
    void accounts() {
        admin = "ops" + UUID.randomUUID().toString().substring(0, 8);
        editor = "opsed" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(admin, PASSWORD, Role.ADMIN);
        accounts.create(editor, PASSWORD, Role.EDITOR);
    }

    @Test
    void metricsAreForAdministratorsWithATokenOrTheirPassword() throws Exception {
        mvc.perform(get("/timeline")).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/prometheus").with(httpBasic(editor, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String editorsToken = tokens.issue(editor, "scraper", false, 1).secret();
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + editorsToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer dtk_unknown"))
                .andExpect(status().isUnauthorized());

        String scraped = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(scraped)
                .contains("http_server_requests_seconds_count")
                .contains("uri=\"/timeline\"")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
        String readOnly = tokens.issue(admin, "scraper", false, 1).secret();
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + readOnly))
                .andExpect(status().isOk());
    }

    @Test
    void healthIsForAnyoneAndTheOtherEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyRequestLeavesOneAccessLogLineRefusalsToo(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(ACCESS_LOG, LogLevel.INFO);
        try {
            String word = UUID.randomUUID().toString().substring(0, 8);
            mvc.perform(get("/timeline?q=" + word)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/acts/" + word)).andExpect(status().isNotFound());
            mvc.perform(get("/actuator/prometheus?w=" + word)).andExpect(status().isUnauthorized());
        } finally {
            logging.setLogLevel(ACCESS_LOG, null);
        }

        assertThat(output.getOut())
                .containsPattern("GET /timeline\\?q=[0-9a-f]{8} 200 \\d+ ms ")
                .containsPattern("GET /api/v1/acts/[0-9a-f]{8} 404 \\d+ ms ")
                .containsPattern("GET /actuator/prometheus\\?w=[0-9a-f]{8} 401 \\d+ ms ");
    }
}
