package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone signed in changes their own password on /account; each mistake is said at its field. */
@WebPageTest
class AccountPageTest {

    private static final String PASSWORD = "a long enough secret";
    private static final String NEW_PASSWORD = "another fine secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void needsSigningIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/account/password").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void anAnalystChangesTheirPasswordAndTheirOtherSessionsEnd() throws Exception {
        String name = account(Role.ANALYST);
        Cookie here = SignedInSessions.signIn(mvc, name, PASSWORD);
        SignedInSessions.signIn(mvc, name, PASSWORD);
        assertThat(sessions(name)).isEqualTo(2);
        Document page = page(mvc.perform(get("/account").cookie(here))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("main").text()).contains("You are signed in as " + name + " (Analyst)");
        assertThat(page.select("label[for=currentPassword]").text()).isEqualTo("Current password");

        mvc.perform(change(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/account"));
        assertThat(sessions(name)).isOne();
        String after = mvc.perform(get("/account").cookie(here))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).contains(name);
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", NEW_PASSWORD))
                .andExpect(authenticated().withUsername(name));
    }

    @Test
    void saysEachMistakeAtItsFieldAndChangesNothing() throws Exception {
        String name = account(Role.EDITOR);
        Cookie here = SignedInSessions.signIn(mvc, name, PASSWORD);
        String hash = hash(name);

        Document blank = refused(here, "", "", "");
        assertThat(blank.select("#currentPassword-error").text()).isEqualTo("Type your current password.");
        assertThat(blank.select("#newPassword-error").text()).isEqualTo("Type a new password.");
        assertThat(blank.select("#confirmation-error").text()).isEqualTo("Type the new password again.");

        assertThat(refused(here, "not my password", NEW_PASSWORD, NEW_PASSWORD)
                        .select("#currentPassword-error")
                        .text())
                .isEqualTo("This is not your current password.");
        assertThat(refused(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")
                        .select("#confirmation-error")
                        .text())
                .isEqualTo("The two new passwords differ.");
        assertThat(newPasswordError(here, "too short")).isEqualTo("A password has at least 12 characters.");
        assertThat(newPasswordError(here, "x".repeat(60) + "y".repeat(20)))
                .startsWith("A password has at most 72 bytes");
        assertThat(newPasswordError(here, "ю".repeat(40))).startsWith("A password has at most 72 bytes");
        assertThat(newPasswordError(here, "z".repeat(20))).startsWith("A password of one character repeated");
        assertThat(newPasswordError(here, "QwertyUiop123")).startsWith("This is one of the commonest passwords");

        Document refused = refused(here, PASSWORD, "too short", "too short");
        // Passwords are never sent back.
        assertThat(refused.select("input[type=password]"))
                .allSatisfy(input -> assertThat(input.val()).isEmpty());
        assertThat(hash(name)).isEqualTo(hash);
    }

    private String newPasswordError(Cookie session, String password) throws Exception {
        return refused(session, PASSWORD, password, password)
                .select("#newPassword-error")
                .text();
    }

    private Document refused(Cookie session, String current, String next, String again) throws Exception {
        return page(mvc.perform(change(session, current, next, again))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
            Cookie session, String current, String next, String again) {
        return post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", again);
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }

    private String account(Role role) {
        String name = "me" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, role);
        return name;
    }

    private String hash(String name) {
        return jdbc.sql("select password_hash from account where username = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private long sessions(String name) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
