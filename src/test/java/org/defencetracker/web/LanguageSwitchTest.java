package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The interface's language: the browser's when it is one of English, Russian and Kazakh, else English; a reader's
 * choice made with the switcher (a {@code lang} parameter) kept in a cookie; the switcher's links keep the page and
 * its filters.
 */
@WebPageTest
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePageIsInTheBrowsersLanguageWhenItIsOneOfTheThree() throws Exception {
        assertThat(page(get("/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.5"))
                        .select("html")
                        .attr("lang"))
                .isEqualTo("ru");
        assertThat(page(get("/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,kk;q=0.8"))
                        .select("html")
                        .attr("lang"))
                .isEqualTo("kk");
        assertThat(page(get("/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8"))
                        .select("html")
                        .attr("lang"))
                .isEqualTo("en");
        assertThat(page(get("/timeline")).select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aChoiceIsKeptInACookieAndOverridesTheBrowser() throws Exception {
        Cookie chosen = mvc.perform(get("/acts").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("lang", "kk"))
                .andExpect(cookie().maxAge("lang", 365 * 24 * 3600))
                .andReturn()
                .getResponse()
                .getCookie("lang");

        Document next = page(get("/timeline").cookie(chosen).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"));

        assertThat(next.select("html").attr("lang")).isEqualTo("kk");
        assertThat(next.select("nav.nav a, .nav a").eachText()).contains("Хронология", "Актілер");
        assertThat(next.select("nav.languages a[aria-current=true]").attr("hreflang"))
                .isEqualTo("kk");
        // A language the interface does not have is no choice: nothing is kept, the browser's language stays.
        mvc.perform(get("/timeline").param("lang", "fr")).andExpect(cookie().doesNotExist("lang"));
    }

    @Test
    void theSwitcherKeepsThePageAndItsFilters() throws Exception {
        Document timeline = page(get("/timeline?kind=INCIDENT&from=2025-01-01&lang=en"));

        assertThat(timeline.select("nav.languages a").eachAttr("href"))
                .containsExactly(
                        "/timeline?kind=INCIDENT&from=2025-01-01&lang=en",
                        "/timeline?kind=INCIDENT&from=2025-01-01&lang=ru",
                        "/timeline?kind=INCIDENT&from=2025-01-01&lang=kk");
        assertThat(timeline.select("nav.languages a").eachText()).containsExactly("English", "Русский", "Қазақша");
        assertThat(timeline.select("nav.languages a").eachAttr("lang")).containsExactly("en", "ru", "kk");
    }

    @Test
    void aMissingPagesSwitcherLeadsToTheAddressAskedFor() throws Exception {
        String html = mvc.perform(get("/acts/999999999").param("lang", "ru"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("nav.languages a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/acts/999999999?lang="));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
