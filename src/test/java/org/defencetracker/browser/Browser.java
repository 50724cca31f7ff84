package org.defencetracker.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own ChromeDriver, given explicitly so that nothing is ever downloaded. Where
 * Chromium is not installed the browser tests are skipped (and reported as skipped), except in CI, where its
 * absence fails them.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    static ChromeDriver start() throws IOException {
        return start(true);
    }

    /** A browser whose pages run no script, as some readers keep theirs; the driver itself still works. */
    static ChromeDriver startWithoutJavaScript() throws IOException {
        return start(false);
    }

    private static ChromeDriver start(boolean javaScript) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException(
                    "CI needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER);
        }
        assumeTrue(installed, "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        // Profiles live under target/, so that they go with the build instead of piling up in the system temp.
        Files.createDirectories(Path.of("target", "chromium"));
        Path profile = Files.createTempDirectory(Path.of("target", "chromium"), "profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * Clicks a link or a submit button and waits until the next page has loaded. ChromeDriver does not always wait
     * for the navigation a click starts, and reading the next page too early finds the old one (or a stale element).
     */
    static void clickAndWait(WebDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // While the next page replaces it, asking after the old one may fail in other ways than "stale".
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.ignoring(WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Signs in through the form, as a person does. */
    static void signIn(WebDriver driver, String baseUrl, String name, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(driver, driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
    }

    /** Saves what the browser shows under target/screenshots for people to look at. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void fullPageScreenshot(ChromeDriver driver, String name) throws IOException {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(1280, Math.min(6000, ((Number) height).intValue())));
        screenshot(driver, name);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
