package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor signs in through the form, is greeted by name on every page, and signs out again. */
class SignInBrowserTest extends BrowserJourney {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @Test
    void signsInWithTheFormAndOut() throws Exception {
        String name = "editor" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "correct horse battery", Role.EDITOR);
        browser.get("http://localhost:" + port + "/timeline?kind=INCIDENT");
        Browser.clickAndWait(browser, browser.findElement(By.linkText("Sign in")));

        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("not the password");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("do not match an active account");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEmpty();

        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".account")).getText()).contains("Signed in as " + name);
        // Back on the page that was being read when signing in was asked for, a wrong password notwithstanding.
        assertThat(browser.getCurrentUrl()).endsWith("/timeline?kind=INCIDENT");
        Browser.screenshot(browser, "signed-in");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".account button")));
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("signed out");
        assertThat(browser.findElement(By.cssSelector(".account")).getText()).contains("Sign in");
    }
}
