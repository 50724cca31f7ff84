package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A Russian-reading analyst switches the filtered timeline to Russian, then to Kazakh, in a real browser: the page
 * and its filters stay, the interface changes, and the choice holds on the next page.
 */
class LanguagesBrowserTest extends BrowserJourney {

    @Test
    void switchesTheFilteredTimelineBetweenTheThreeLanguages() throws Exception {
        browser = Browser.start();
        browser.get(url("/timeline?kind=INCIDENT"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Timeline");
        Browser.fullPageScreenshot(browser, "timeline-en");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("nav.languages a[hreflang='ru']")));
        assertThat(browser.getCurrentUrl()).contains("kind=INCIDENT").contains("lang=ru");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Хронология");
        assertThat(browser.findElements(By.cssSelector("article.entry"))).isNotEmpty();
        Browser.fullPageScreenshot(browser, "timeline-ru");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("nav.languages a[hreflang='kk']")));
        assertThat(browser.getCurrentUrl()).contains("kind=INCIDENT").contains("lang=kk");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        Browser.fullPageScreenshot(browser, "timeline-kk");

        // The choice is kept: the next page, reached by a link without lang, is in Kazakh too.
        Browser.clickAndWait(
                browser, browser.findElement(By.cssSelector("nav.nav a[href='/acts'], .nav a[href='/acts']")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Құқықтық актілер");
    }
}
