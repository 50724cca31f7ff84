package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest
class AccountAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(user("boss").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
    }

    @Test
    void createsAnAccount() throws Exception {
        String name = "new" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("username", name)
                        .param("password", "a long enough password")
                        .param("role", "ANALYST"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find(name))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ANALYST));
    }

    @Test
    void aNoticeNamingAnAccountCarriesTheNameApartFromTheSentence() throws Exception {
        String name = "new" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("username", name)
                        .param("password", "a long enough password")
                        .param("role", "ANALYST"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("messageName", name));
    }

    @Test
    void showsEachProblemAtItsFieldAndKeepsTheName() throws Exception {
        Document page = form("bad name!", "short");
        assertThat(page.select("#username-error").text()).contains("3 to 60 letters");
        assertThat(page.select("#password-error").text()).contains("at least 12 characters");
        assertThat(page.select("#new-username").val()).isEqualTo("bad name!");
        assertThat(page.select("#new-password").val()).isEmpty();

        String taken = "taken" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(taken, "a long enough password", Role.EDITOR);
        assertThat(form(taken.toUpperCase(), "another long password")
                        .select("#username-error")
                        .text())
                .contains("Another account already has this name");
    }

    @Test
    void refusesATooLongCommonOrRepeatedPasswordAtItsField() throws Exception {
        String name = "pw" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(form(name, "x".repeat(40) + "y".repeat(40))
                        .select("#password-error")
                        .text())
                .startsWith("A password has at most 72 bytes");
        assertThat(form(name, "qwertyuiop123").select("#password-error").text())
                .startsWith("This is one of the commonest passwords");
        assertThat(form(name, "############").select("#password-error").text())
                .startsWith("A password of one character repeated");
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void resettingAPasswordEndsThatAccountsSessions() throws Exception {
        String name = "lost" + UUID.randomUUID().toString().substring(0, 8);
        AccountView account = accounts.create(name, "a long enough password", Role.EDITOR);
        jakarta.servlet.http.Cookie session = SignedInSessions.signIn(mvc, name, "a long enough password");
        mvc.perform(post("/admin/accounts/{id}/password", account.id())
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("password", "a brand new password"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "account.passwordReset"));
        assertThat(sessions(name)).isZero();
        assertThat(mvc.perform(post("/sources").cookie(session).with(csrf()).param("title", "x"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        mvc.perform(formLogin("/login").user(name).password("a long enough password"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(name).password("a brand new password"))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .authenticated()
                                .withUsername(name));
    }

    @Test
    void aRefusedResetIsSaidBesideThatAccountAndChangesNothing() throws Exception {
        String name = "keep" + UUID.randomUUID().toString().substring(0, 8);
        AccountView account = accounts.create(name, "a long enough password", Role.EDITOR);
        SignedInSessions.signIn(mvc, name, "a long enough password");
        String boss = "boss" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(boss, "a long enough password", Role.ADMIN);
        jakarta.servlet.http.Cookie administering = SignedInSessions.signIn(mvc, boss, "a long enough password");
        mvc.perform(post("/admin/accounts/{id}/password", account.id())
                        .cookie(administering)
                        .with(csrf())
                        .param("password", "short"))
                .andExpect(redirectedUrl("/admin/accounts"));
        Document page = Jsoup.parse(mvc.perform(get("/admin/accounts").cookie(administering))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#password-" + account.id() + "-error").text())
                .isEqualTo("A password has at least 12 characters.");
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(sessions(name)).isOne();
        mvc.perform(formLogin("/login").user(name).password("a long enough password"))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .authenticated());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String name = "off" + UUID.randomUUID().toString().substring(0, 8);
        AccountView account = accounts.create(name, "a long enough password", Role.EDITOR);
        mvc.perform(post("/admin/accounts/{id}/enabled", account.id())
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin("/login").user(name).password("a long enough password"))
                .andExpect(unauthenticated());
        mvc.perform(post("/admin/accounts/{id}/role", account.id())
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("role", "ADMIN"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find(name)).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.ADMIN);
            assertThat(a.enabled()).isFalse();
        });
    }

    @Test
    void keepsTheLastEnabledAdministrator() {
        // Disable every other administrator first, so that one stays; it then cannot be disabled or demoted.
        String name = "root" + UUID.randomUUID().toString().substring(0, 8);
        AccountView last = accounts.create(name, "a long enough password", Role.ADMIN);
        java.util.List<AccountView> others = accounts.all().stream()
                .filter(a -> a.role() == Role.ADMIN && a.enabled() && a.id() != last.id())
                .toList();
        others.forEach(a -> accounts.setEnabled(a.id(), false));
        try {
            assertThatThrownBy(() -> accounts.setEnabled(last.id(), false))
                    .isInstanceOf(LastAdministratorException.class);
            assertThatThrownBy(() -> accounts.changeRole(last.id(), Role.EDITOR))
                    .isInstanceOf(LastAdministratorException.class);
        } finally {
            others.forEach(a -> accounts.setEnabled(a.id(), true));
        }
    }

    private long sessions(String name) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private Document form(String username, String password) throws Exception {
        return Jsoup.parse(mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("username", username)
                        .param("password", password)
                        .param("role", "EDITOR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
