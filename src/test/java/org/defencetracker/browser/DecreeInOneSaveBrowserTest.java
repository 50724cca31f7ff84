package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's decree gives the ministry five duties at once: an editor types it into the new-act form, adding duty
 * rows as needed, and saves once, in a browser that runs the page's script (rows appear at once) and in one that
 * does not (each "Add a duty" posts the form back with everything typed kept).
 */
class DecreeInOneSaveBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "correct horse battery";

    private static final List<String> DUTIES = List.of(
            "Defend facilities under its authority",
            "Warn citizens early about emerging security threats",
            "Help evacuate civilians when needed",
            "Keep civil-defence bodies constantly ready",
            "Promote the military-patriotic education system");

    @Autowired
    AccountService accounts;

    @Autowired
    BodyService bodies;

    @Test
    void withTheScriptRowsAppearAtOnceAndTheDecreeIsSavedOnce() throws Exception {
        browser = Browser.start();
        typeTheDecreeAndSave(true);
    }

    @Test
    void withoutTheScriptEachRowIsAddedByTheServerAndTheDecreeIsSavedOnce() throws Exception {
        browser = Browser.startWithoutJavaScript();
        typeTheDecreeAndSave(false);
    }

    @Test
    void anIncidentOrStatementCitesOneMoreSourceInThePage() throws Exception {
        browser = Browser.start();
        String name = "sources" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, PASSWORD, Role.EDITOR);
        Browser.signIn(browser, url(""), name, PASSWORD);
        for (String form : List.of("/incidents/new", "/statements/new")) {
            browser.get(url(form));
            int shown =
                    browser.findElements(By.cssSelector("#sources [data-row]")).size();
            browser.findElement(By.id("sources0")).sendKeys("Typed first");
            ((JavascriptExecutor) browser).executeScript("window.samePage = true");
            browser.findElement(By.cssSelector("button[name=addRow][value=sources]"))
                    .click();

            assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage"))
                    .isEqualTo(true);
            assertThat(browser.findElements(By.cssSelector("#sources [data-row]")))
                    .hasSize(shown + 1);
            WebElement added = browser.findElement(By.id("sources" + shown));
            assertThat(added.getAttribute("value")).isEmpty();
            assertThat(browser.switchTo().activeElement()).isEqualTo(added);
            assertThat(browser.findElement(By.cssSelector("label[for=sources" + shown + "]"))
                            .getText())
                    .isEqualTo("Source " + (shown + 1));
            assertThat(browser.findElement(By.id("sources0")).getAttribute("value"))
                    .isEqualTo("Typed first");
        }
    }

    private void typeTheDecreeAndSave(boolean script) throws Exception {
        String word = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        BodyView government = bodies.create(
                new CreateBody(BodyKind.GOVERNMENT, null, "KZ", "Decree government " + word, null, null, null));
        BodyView ministry = bodies.create(
                new CreateBody(BodyKind.MINISTRY, null, "KZ", "Decree ministry " + word, null, null, null));
        String name = "decree" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, PASSWORD, Role.EDITOR);
        Browser.signIn(browser, url(""), name, PASSWORD);

        browser.get(url("/acts/new"));
        type("titleEn", "Decree adding territorial defence to the ministry's duties " + word);
        type("issuingBody", government.nameEn());
        type("stages[0].date", "2025-09-14");
        type("newSource.publisher", "Decree gazette");
        type("newSource.title", "The decree of 14 September 2025 " + word);
        type("newSource.url", "https://example.org/decree/" + word);
        for (int i = 0; i < DUTIES.size(); i++) {
            if (browser.findElements(By.name("duties[" + i + "].duty")).isEmpty()) {
                addADuty(script);
            }
            type("duties[" + i + "].body", ministry.nameEn());
            type("duties[" + i + "].duty", DUTIES.get(i) + " " + word);
            browser.findElement(By.name("duties[" + i + "].validFrom")).sendKeys("14092025");
        }
        assertThat(browser.findElement(By.name("titleEn")).getAttribute("value"))
                .endsWith(word);
        Browser.fullPageScreenshot(browser, script ? "decree-five-duties" : "decree-five-duties-no-script");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));

        assertThat(browser.findElements(By.cssSelector("[role=status]")))
                .as(
                        "at %s: %s",
                        browser.getCurrentUrl(),
                        browser.findElement(By.tagName("body")).getText())
                .isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Saved");
        String page = browser.findElement(By.id("main")).getText();
        for (String duty : DUTIES) {
            assertThat(page).contains(duty + " " + word);
        }
    }

    /** With the script the row appears in the same page; without it the page is drawn again by the server. */
    private void addADuty(boolean script) {
        WebElement button = browser.findElement(By.cssSelector("button[name=addRow][value=duties]"));
        if (script) {
            ((JavascriptExecutor) browser).executeScript("window.samePage = true");
            button.click();
            assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage"))
                    .isEqualTo(true);
        } else {
            Browser.clickAndWait(browser, button);
        }
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.name(field));
        input.clear();
        input.sendKeys(text);
    }
}
