package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor whose save is refused for a field at the bottom of the form lands on the summary of the problems, with
 * the focus on it, and follows its link to the field.
 */
class ErrorSummaryBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Test
    void aRefusedSaveFocusesTheSummaryWhoseLinkLeadsToTheField() throws Exception {
        String name = "summary" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, PASSWORD, Role.EDITOR);
        browser = Browser.start();
        Browser.signIn(browser, "http://localhost:" + port, name, PASSWORD);

        browser.get("http://localhost:" + port + "/sources/new");
        browser.findElement(By.name("publisher")).sendKeys("Summary gazette");
        browser.findElement(By.name("title")).sendKeys("Summary article");
        browser.findElement(By.name("url")).sendKeys("https://example.org/summary");
        // A field low in the form is the one refused.
        browser.findElement(By.name("date")).sendKeys("someday");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertThat(browser.findElement(By.name("publisher")).getAttribute("value"))
                .isEqualTo("Summary gazette");
        WebElement link = summary.findElement(By.cssSelector("a[href^='#']"));
        Browser.screenshot(browser, "error-summary");
        String target = link.getDomAttribute("href");
        assertThat(target).isEqualTo("#date");
        link.click();
        assertThat(browser.getCurrentUrl()).endsWith("/sources#date");
        assertThat(browser.findElement(By.id("date")).isDisplayed()).isTrue();
    }
}
