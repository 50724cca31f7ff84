package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor tries a CSV file of incidents as a dry run, reads the report, imports it and finds it on the timeline. */
class ImportBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Test
    void anEditorDryRunsACsvFileThenImportsIt() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String name = "importer" + word.substring(1, 7);
        accounts.create(name, PASSWORD, Role.EDITOR);
        Path file = Files.createTempFile(Path.of("target"), "incidents", ".csv");
        Files.writeString(
                file,
                "event_date,kind,title,region,source_publisher,source_title,source_url\n"
                        + "1996-03-08,DRONE_INCURSION,Drone near Semey " + word
                        + ",KZ-10,Journey gazette,Drones over Abai " + word + ",https://example.org/" + word + "\n");
        browser = Browser.start();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));

        Browser.clickAndWait(browser, browser.findElement(By.linkText("Import")));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        assertThat(browser.findElement(By.id("mode-dry")).isSelected()).isTrue();
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));
        String report = browser.findElement(By.cssSelector(".import-report")).getText();
        assertThat(report).contains("all 1 rows are fine").contains("Nothing was written");
        Browser.fullPageScreenshot(browser, "import-dry-run");

        browser.get(url("/timeline?q=" + word));
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("Drone near Semey " + word);

        browser.get(url("/import"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("mode-real")).click();
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Imported: one incident, one source.");

        browser.get(url("/timeline?q=" + word));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Drone near Semey " + word);
        Browser.screenshot(browser, "import-on-timeline");
    }

    @Test
    void aFileLargerThanTheImportTakesIsTurnedBackWithAMessage() throws Exception {
        String name = "bigfile" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, PASSWORD, Role.EDITOR);
        Path file = Files.createTempFile(Path.of("target"), "too-large", ".csv");
        try {
            // One byte more than the 20 MB the import takes.
            byte[] row = "1996-03-08,DRONE_INCURSION,Padding row,KZ-10,Gazette,Title,https://example.org/\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (var out = Files.newOutputStream(file)) {
                long written = 0;
                while (written <= 20L * 1024 * 1024) {
                    out.write(row);
                    written += row.length;
                }
            }
            browser = Browser.start();
            browser.get(url("/login"));
            browser.findElement(By.id("username")).sendKeys(name);
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));

            browser.get(url("/import"));
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));
            assertThat(browser.getCurrentUrl()).endsWith("/import?tooLarge");
            assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                    .contains("larger than an import takes");
            assertThat(browser.findElement(By.id("file-hint")).getText()).contains("At most 20 MB");
            assertThat(browser.findElement(By.id("file")).isDisplayed()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
