package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.defencetracker.act.ActService;
import org.defencetracker.web.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst searches from the header of any page and reaches the decree from its highlighted hit. */
class SearchBrowserTest extends BrowserJourney {

    @Autowired
    ActService acts;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @Test
    void findsTheDecreeFromTheHeaderAndOpensIt() throws Exception {
        long decree = DemoRecords.decreeOf14September(acts).id();
        browser.get("http://localhost:" + port + "/timeline");

        WebElement box = browser.findElement(By.cssSelector("header input#site-search-q"));
        box.sendKeys("emergency ministry mandate");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("header form.site-search button")));

        assertThat(browser.getCurrentUrl()).contains("/search?q=emergency");
        WebElement first = browser.findElement(By.cssSelector(".search-hit"));
        WebElement link = first.findElement(By.cssSelector("h2 a"));
        assertThat(link.getAttribute("href")).endsWith("/acts/" + decree);
        assertThat(link.getText())
                .isEqualTo(
                        "Government decree adding territorial defence to the duties of the Ministry of Emergency Situations");
        assertThat(first.findElements(By.cssSelector(".search-hit__snippet mark")))
                .extracting(WebElement::getText)
                .contains("mandate");
        String background = first.findElement(By.cssSelector("mark")).getCssValue("background-color");
        assertThat(background).isNotEqualTo("rgba(0, 0, 0, 0)");
        Browser.fullPageScreenshot(browser, "search");

        Browser.clickAndWait(browser, link);
        assertThat(browser.getCurrentUrl()).endsWith("/acts/" + decree);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ministry of Emergency Situations");
    }
}
