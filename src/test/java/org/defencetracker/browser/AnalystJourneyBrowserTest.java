package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.act.ActService;
import org.defencetracker.web.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst reads the first case in a real browser: timeline → the decree → the ministry it gives duties to →
 * its mandate before and after → an incident's claim ledger.
 */
class AnalystJourneyBrowserTest extends BrowserJourney {

    @Autowired
    ActService acts;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @Test
    void readsTheDecreeAndTheMinistrysMandateBeforeAndAfterIt() throws Exception {
        long decree = DemoRecords.decreeOf14September(acts).id();
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/timeline");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Timeline");
        Browser.fullPageScreenshot(browser, "timeline");

        Browser.clickAndWait(
                browser, browser.findElement(By.cssSelector("article.entry h3 a[href='/acts/" + decree + "']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ministry of Emergency Situations");
        assertThat(browser.findElement(By.cssSelector(".stages")).getText()).contains("14 September 2025");
        Browser.fullPageScreenshot(browser, "act-decree");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("section:has(#duties) h3 a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ministry of Emergency Situations");

        showMandateAsOf("2025-09-01");
        assertThat(duties()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section:has(#mandate)")).getText())
                .contains("No duties on record for this date.");

        showMandateAsOf("2025-09-15");
        List<WebElement> duties = duties();
        assertThat(duties).hasSize(5);
        assertThat(duties)
                .allSatisfy(d -> assertThat(
                                d.findElement(By.cssSelector("a.act-link")).getAttribute("href"))
                        .endsWith("/acts/" + decree));
        Browser.fullPageScreenshot(browser, "body-mandate");

        Browser.clickAndWait(browser, duties.get(0).findElement(By.cssSelector("a.act-link")));
        assertThat(browser.getCurrentUrl()).endsWith("/acts/" + decree);
    }

    @Test
    void readsTheClaimLedgerOfTheAllegedPassage() throws Exception {
        browser.get(url("/timeline?kind=INCIDENT"));
        Browser.clickAndWait(
                browser,
                browser.findElement(By.linkText("Alleged passage of Ukrainian drones through Kazakhstan's airspace")));
        assertThat(browser.findElement(By.cssSelector(".attribution-summary")).getText())
                .contains("Denied by Kazakhstani officials");
        List<WebElement> claims = browser.findElements(By.cssSelector("ol.ledger > li"));
        assertThat(claims)
                .extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Russia").contains("Asserts"))
                .anySatisfy(t -> assertThat(t).contains("Russian Telegram channels"))
                .anySatisfy(t -> assertThat(t).contains("Kazakhstani officials").contains("Denies"));
        Browser.fullPageScreenshot(browser, "incident-ledger");

        browser.get(url("/acts/999999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        browser.get(url("/timeline?from=notadate"));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("\"from\"");
        Browser.screenshot(browser, "error-400");
    }

    @Test
    void filtersPagesOlderAndFollowsAnIncidentToTheActNearItAndAMandate() throws Exception {
        browser.get(url("/timeline?size=2"));
        browser.findElement(By.cssSelector("label[for=kind-INCIDENT]")).click();
        browser.findElement(By.cssSelector("label[for=kind-STATEMENT]")).click();
        browser.executeScript("document.getElementById('from').value = '2025-01-01'");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".filters button[type=submit]")));
        assertThat(browser.getCurrentUrl())
                .contains("kind=INCIDENT")
                .contains("kind=STATEMENT")
                .contains("from=2025-01-01")
                .contains("size=2");
        List<WebElement> firstPage = browser.findElements(By.cssSelector("article.entry"));
        assertThat(firstPage)
                .hasSize(2)
                .allSatisfy(
                        e -> assertThat(e.getAttribute("class")).containsAnyOf("entry--incident", "entry--statement"));
        Browser.fullPageScreenshot(browser, "timeline-filtered");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("a[rel=next]")));
        assertThat(browser.getCurrentUrl()).contains("before=");
        Browser.clickAndWait(
                browser,
                browser.findElement(By.linkText("Alleged passage of Ukrainian drones through Kazakhstan's airspace")));
        assertThat(browser.findElements(By.cssSelector("ol.ledger > li"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".country-map")).isDisplayed())
                .isTrue();

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("section:has(#acts) article.entry h3 a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Territorial Defence Act");

        Browser.clickAndWait(browser, browser.findElement(By.linkText("Bodies")));
        // The list is paged; on a database shared with other tests their bodies may come first.
        for (int page = 1;
                browser.findElements(By.linkText("Ministry of Emergency Situations"))
                        .isEmpty();
                page++) {
            assertThat(page).isLessThan(100);
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("nav.pager a[rel=next]")));
        }
        Browser.clickAndWait(browser, browser.findElement(By.linkText("Ministry of Emergency Situations")));
        showMandateAsOf("2025-09-01");
        assertThat(duties()).isEmpty();
        showMandateAsOf("2025-09-15");
        assertThat(duties()).hasSize(5);
    }

    private void showMandateAsOf(String date) {
        WebElement asOf = browser.findElement(By.id("asOf"));
        browser.executeScript("arguments[0].value = arguments[1]", asOf, date);
        browser.executeScript("document.getElementById('since').value = ''");
        Browser.clickAndWait(
                browser, browser.findElement(By.cssSelector("section:has(#mandate) form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("asOf=" + date);
    }

    private List<WebElement> duties() {
        return browser.findElements(By.cssSelector("section:has(#mandate) > ul.duties > li"));
    }
}
