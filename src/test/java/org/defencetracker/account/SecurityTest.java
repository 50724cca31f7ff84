package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebPageTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesAreOpenToReadersWithoutAnAccount() throws Exception {
        mvc.perform(get("/timeline")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        MvcResult result =
                mvc.perform(get("/timeline")).andExpect(status().isOk()).andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void answersOverHttpsTellBrowsersToKeepToHttps() throws Exception {
        for (String path : List.of("/timeline", "/api/v1/timeline", "/css/app.css", "/no-such-page")) {
            MvcResult result = mvc.perform(get(path).secure(true)).andReturn();
            assertThat(result.getResponse().getHeader("Strict-Transport-Security"))
                    .as(path)
                    .startsWith("max-age=")
                    .contains("includeSubDomains");
        }
    }

    @Test
    void refusesWritesWithoutAnEditorAccountOrWithoutCsrfToken() throws Exception {
        mvc.perform(post("/acts").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(post("/acts").with(csrf()).with(user("reader").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/acts").with(user("writer").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(csrf()).with(user("writer").roles("EDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void signsInWithAHashedPasswordAndKeepsTheSessionInTheDatabase() throws Exception {
        String name = "ed" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "a long enough secret", Role.EDITOR);
        String hash = jdbc.sql("select password_hash from account where username = :name")
                .param("name", name)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2").doesNotContain("a long enough secret");

        mvc.perform(formLogin("/login").user(name).password("wrong password!"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        long sessionsBefore = sessions(name);
        mvc.perform(formLogin("/login").user(name).password("a long enough secret"))
                .andExpect(authenticated().withUsername(name).withRoles("EDITOR"));
        assertThat(sessions(name)).isGreaterThan(sessionsBefore);
    }

    @Test
    void rejectsShortPasswordsAndDuplicateNames() {
        String name = "an" + UUID.randomUUID().toString().substring(0, 8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(name, "short", Role.ANALYST))
                .isInstanceOf(IllegalArgumentException.class);
        accounts.create(name, "long enough password", Role.ANALYST);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> accounts.create(name.toUpperCase(), "long enough password", Role.ANALYST))
                .isInstanceOf(DuplicateUsernameException.class);
    }

    @Test
    void theEmbeddedDemoDatabaseHasADemoEditorAndAdministrator() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "demo accounts belong to the embedded database");
        assertThat(accounts.find(AccountBootstrap.DEMO_EDITOR))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
        assertThat(accounts.find(AccountBootstrap.DEMO_ADMIN))
                .hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
    }

    private long sessions(String name) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
