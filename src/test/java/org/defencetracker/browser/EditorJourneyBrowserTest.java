package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An editor enters a decree that gives a body a duty, finds it on the timeline and in the body's mandate from its
 * date, corrects it and reads the correction in its history; and two editors who change one record at once.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditorJourneyBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    BodyService bodies;

    ChromeDriver first;

    ChromeDriver second;

    @AfterEach
    void closeBrowsers() {
        if (first != null) {
            first.quit();
        }
        if (second != null) {
            second.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ChromeDriver signedIn(String prefix) throws Exception {
        String name = prefix + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, PASSWORD, Role.EDITOR);
        ChromeDriver browser = Browser.start();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".account")).getText()).contains("Signed in as " + name);
        return browser;
    }

    private static void type(ChromeDriver browser, String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value as the browser's locale writes it; setting it directly avoids guessing. */
    private static void setDate(ChromeDriver browser, String name, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name(name)), isoDate);
    }

    private static void save(ChromeDriver browser) {
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));
    }

    @Test
    void anEditorEntersADecreeFollowsItAndCorrectsIt() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BodyView government = bodies.create(
                new CreateBody(BodyKind.GOVERNMENT, null, "KZ", "Journey government " + word, null, null, null));
        BodyView ministry = bodies.create(
                new CreateBody(BodyKind.MINISTRY, null, "KZ", "Journey ministry " + word, null, null, null));
        first = signedIn("journey");

        first.get(url("/acts"));
        Browser.clickAndWait(first, first.findElement(By.linkText("New act")));
        type(first, "officialNumber", "J-" + word);
        type(first, "titleEn", "On local defence duties " + word);
        type(first, "issuingBody", government.nameEn() + " · #" + government.id());
        type(first, "summary", "Gives the ministry the duty to train volunteers.");
        type(first, "stages[0].date", "1997-05-20");
        type(first, "newSource.publisher", "Journey gazette");
        type(first, "newSource.title", "Decree on local defence duties " + word);
        type(first, "newSource.url", "https://example.org/journey/" + word);
        type(first, "duties[0].body", ministry.nameEn());
        type(first, "duties[0].duty", "Train volunteers " + word);
        setDate(first, "duties[0].validFrom", "1997-05-20");
        Browser.fullPageScreenshot(first, "editor-decree-form");
        save(first);

        assertThat(first.findElement(By.cssSelector("h1")).getText()).contains("On local defence duties " + word);
        assertThat(first.findElement(By.cssSelector("[role=status]")).getText()).contains("Saved");
        String actPath = first.getCurrentUrl().substring(url("").length());

        first.get(url("/timeline?q=" + word));
        String timeline = first.findElement(By.id("main")).getText();
        assertThat(timeline).contains("Decree adopted: On local defence duties " + word);
        assertThat(timeline).contains(ministry.nameEn() + ": 1 duty granted");

        first.get(url("/bodies/" + ministry.id() + "?asOf=1997-05-19"));
        assertThat(first.findElement(By.cssSelector("section[aria-labelledby=mandate]"))
                        .getText())
                .doesNotContain("Train volunteers " + word);
        first.get(url("/bodies/" + ministry.id() + "?asOf=1997-05-20"));
        assertThat(first.findElement(By.cssSelector("section[aria-labelledby=mandate]"))
                        .getText())
                .contains("Train volunteers " + word);

        first.get(url(actPath));
        Browser.clickAndWait(first, first.findElement(By.linkText("Edit")));
        type(first, "titleEn", "On local and territorial defence duties " + word);
        save(first);
        assertThat(first.findElement(By.cssSelector("h1")).getText())
                .contains("On local and territorial defence duties " + word);

        Browser.clickAndWait(first, first.findElement(By.linkText("History")));
        String history = first.findElement(By.id("main")).getText();
        assertThat(history).contains("On local defence duties " + word);
        assertThat(history).contains("On local and territorial defence duties " + word);
        // The newest change names the editor who made it and the field it changed, old and new value side by side.
        WebElement change = first.findElement(By.cssSelector(".history__change"));
        assertThat(change.findElement(By.cssSelector(".history__summary")).getText())
                .contains("by journey");
        assertThat(change.getText())
                .contains("On local defence duties " + word)
                .contains("On local and territorial defence duties " + word);
        Browser.fullPageScreenshot(first, "editor-history");
    }

    @Test
    void theSecondOfTwoEditorsSeesTheConflictAndCanApplyTheirChange() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BodyView body = bodies.create(
                new CreateBody(BodyKind.AGENCY, null, "KZ", "Contested agency " + word, null, null, null));
        first = signedIn("alpha");
        second = signedIn("beta");
        first.get(url("/bodies/" + body.id() + "/edit"));
        second.get(url("/bodies/" + body.id() + "/edit"));

        type(first, "abbreviation", "ALPHA");
        save(first);
        assertThat(first.findElement(By.cssSelector("[role=status]")).getText()).contains("Saved");

        type(second, "abbreviation", "BETA");
        save(second);
        WebElement conflict = second.findElement(By.cssSelector(".conflict"));
        assertThat(conflict.getText()).contains("Someone else saved this record");
        assertThat(conflict.findElement(By.cssSelector(".conflict__who")).getText())
                .startsWith("Saved by alpha");
        assertThat(conflict.findElement(By.cssSelector("tr[data-field=abbreviation] .conflict__saved"))
                        .getText())
                .isEqualTo("ALPHA");
        assertThat(second.findElement(By.name("abbreviation")).getAttribute("value"))
                .isEqualTo("BETA");
        assertThat(bodies.get(body.id()).abbreviation()).isEqualTo("ALPHA");
        Browser.fullPageScreenshot(second, "editor-conflict");

        save(second);
        assertThat(second.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Saved");
        assertThat(bodies.get(body.id()).abbreviation()).isEqualTo("BETA");
    }
}
