package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Failed sign-ins slow down the address that fails, never the account's owner elsewhere: through the form (the
 * page says how long to wait) and through HTTP Basic (429 with Retry-After), and failures for names that do not
 * exist cannot fill the table.
 */
@WebPageTest
class SignInThrottleTest {

    private static final String PASSWORD = "the right password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttackerFailingTenTimesDoesNotKeepTheOwnerOut() throws Exception {
        String name = editor();
        String attacker = address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(name, "guess " + i).with(SignedInSessions.from(attacker)));
        }
        mvc.perform(signIn(name, PASSWORD).with(SignedInSessions.from(address())))
                .andExpect(authenticated().withUsername(name));
        mvc.perform(get("/api/v1/acts").with(httpBasic(name, PASSWORD)).with(SignedInSessions.from(address())))
                .andExpect(status().isOk());
    }

    @Test
    void theFailingAddressWaitsAndIsToldHowLongOnTheSignInPage() throws Exception {
        String name = editor();
        String attacker = address();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            mvc.perform(signIn(name, "guess " + i).with(SignedInSessions.from(attacker)))
                    .andExpect(unauthenticated());
        }
        // Even the right password waits, from the address that failed.
        MvcResult refused = mvc.perform(signIn(name, PASSWORD).with(SignedInSessions.from(attacker)))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?wait=15");
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("[role=alert]").text())
                .isEqualTo("Too many failed sign-ins from here. Wait 15 minutes before trying again.");

        // Once the failures are older than the window, the address may try again.
        jdbc.sql("update sign_in_failure set failed_at = failed_at - interval '16 minutes' where username = :name")
                .param("name", name)
                .update();
        mvc.perform(signIn(name, PASSWORD).with(SignedInSessions.from(attacker)))
                .andExpect(authenticated().withUsername(name));
        assertThat(failures(name)).isZero();
    }

    @Test
    void theApiAnswersAThrottledAddress429WithRetryAfter() throws Exception {
        String name = editor();
        String attacker = address();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            mvc.perform(get("/api/v1/acts").with(httpBasic(name, "guess " + i)).with(SignedInSessions.from(attacker)))
                    .andExpect(status().isUnauthorized());
        }
        MvcResult throttled = mvc.perform(
                        get("/api/v1/acts").with(httpBasic(name, PASSWORD)).with(SignedInSessions.from(attacker)))
                .andExpect(status().isTooManyRequests())
                .andReturn();
        long retryAfter = Long.parseLong(throttled.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
        assertThat(throttled.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(throttled.getResponse().getContentAsString())
                .contains(
                        "\"status\":429", "\"title\":\"Too Many Requests\"", "try again in " + retryAfter + " seconds");
        // The form is refused from there too: the failures count, however they were made.
        assertThat(mvc.perform(signIn(name, PASSWORD).with(SignedInSessions.from(attacker)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/login?wait=");
    }

    @Test
    void failuresForUnknownNamesStayBoundedPerAddress() throws Exception {
        String attacker = address();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS + 30; i++) {
            mvc.perform(signIn("nobody" + UUID.randomUUID(), "guess").with(SignedInSessions.from(attacker)));
        }
        long kept = jdbc.sql("select count(*) from sign_in_failure where client_address = :address")
                .param("address", attacker)
                .query(Long.class)
                .single();
        assertThat(kept).isEqualTo(SignInThrottle.MAX_FAILURES_PER_ADDRESS);

        // Rows older than the window go as new failures come.
        jdbc.sql("update sign_in_failure set failed_at = failed_at - interval '1 hour' where client_address = :address")
                .param("address", attacker)
                .update();
        mvc.perform(signIn("nobody" + UUID.randomUUID(), "guess").with(SignedInSessions.from(address())));
        assertThat(jdbc.sql("select count(*) from sign_in_failure where client_address = :address")
                        .param("address", attacker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static MockHttpServletRequestBuilder signIn(String name, String password) {
        return post("/login").with(csrf()).param("username", name).param("password", password);
    }

    private String editor() {
        String name = "ed" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, Role.EDITOR);
        return name;
    }

    private long failures(String name) {
        return jdbc.sql("select count(*) from sign_in_failure where username = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** An address of its own (in the benchmarking range) for each client, so that tests do not share failures. */
    private static String address() {
        int n = (int) (Math.random() * 65536);
        return "198.18." + (n >> 8) + "." + (n & 0xff);
    }
}
