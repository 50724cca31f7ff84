package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in returns to the page that asked for it, filters and all, through a wrong password too; an address that
 * leads off the site is never followed.
 */
@WebPageTest
class SignInReturnTest {

    private static final String PASSWORD = "sign-in-return-test-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void theSignInLinkOfAPageNamesThatPageAndTheFormCarriesItOn() throws Exception {
        String page = mvc.perform(get("/timeline?kind=INCIDENT&q=drone"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = Jsoup.parse(page).select("a.nav-link[href^=/login]").attr("href");
        assertThat(link).isEqualTo("/login?next=/timeline?kind%3DINCIDENT%26q%3Ddrone");

        String form = mvc.perform(get("/login").param("next", "/timeline?kind=INCIDENT&q=drone"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(form)
                        .select("form.stacked-form input[name=next]")
                        .val())
                .isEqualTo("/timeline?kind=INCIDENT&q=drone");
    }

    @Test
    void signingInLandsOnThePageThatAskedAfterAWrongPasswordToo() throws Exception {
        String name = "return" + System.nanoTime();
        accounts.create(name, PASSWORD, Role.EDITOR);

        MvcResult wrong = signIn(name, "not the password", "/acts/1?tab=history");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error&next=%2Facts%2F1%3Ftab%3Dhistory");

        MvcResult right = signIn(name, PASSWORD, "/acts/1?tab=history");
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/acts/1?tab=history");
    }

    @Test
    void anAddressOffTheSiteIsNeverFollowed() throws Exception {
        String name = "offsite" + System.nanoTime();
        accounts.create(name, PASSWORD, Role.EDITOR);
        for (String elsewhere :
                new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "/login?x", "/ x"
                }) {
            MvcResult result = signIn(name, PASSWORD, elsewhere);
            assertThat(result.getResponse().getRedirectedUrl()).as(elsewhere).isEqualTo("/");
            String form = mvc.perform(get("/login").param("next", elsewhere))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(form).select("input[name=next]"))
                    .as(elsewhere)
                    .isEmpty();
        }
    }

    private MvcResult signIn(String name, String password, String next) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", name)
                        .param("password", password)
                        .param("next", next))
                .andReturn();
    }
}
