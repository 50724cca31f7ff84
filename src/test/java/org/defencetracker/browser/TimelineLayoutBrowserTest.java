package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.TestRecords;
import org.defencetracker.timeline.TimelineWriter;
import org.defencetracker.web.TitleEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline page in a real browser: on a phone the entries come before the drawing, the chart and the map, and
 * nothing is wider than the screen; the drawing shows every mark and each is a link reached with Tab; the
 * timeline as recorded at a minute chosen in the page's control.
 */
class TimelineLayoutBrowserTest extends BrowserJourney {

    /** Elements a person can operate, and roles whose children a screen reader treats as one picture or control. */
    private static final String NESTED_INTERACTIVE = """
            const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex],'
                + ' [role=button], [role=link], [role=checkbox], [role=tab], [role=menuitem], [role=option]';
            const presentational = '[role=img], [role=button], [role=checkbox], [role=tab], [role=option],'
                + ' [role=progressbar], [role=separator], [role=slider], [role=switch], [role=radio]';
            const found = [];
            for (const element of document.querySelectorAll(interactive)) {
              const outer = element.parentElement && element.parentElement.closest(interactive + ',' + presentational);
              if (outer) found.push(outer.tagName + ' > ' + element.tagName + ' ' + (element.getAttribute('href') || ''));
            }
            for (const element of document.querySelectorAll(presentational)) {
              if (element.querySelector(interactive)) found.push(element.tagName + '[role=' + element.getAttribute('role') + ']');
            }
            return found;""";

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @Test
    void onAPhoneTheEntriesComeFirstAndNothingIsWiderThanTheScreen() throws Exception {
        browser.get(url("/timeline"));
        Browser.screenshot(browser, "timeline-desktop");
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.get(url("/timeline"));
        Browser.screenshot(browser, "timeline-phone");

        double firstEntry = top("article.entry");
        assertThat(firstEntry).as("top of the first entry").isLessThan(844);
        assertThat(firstEntry)
                .isLessThan(top(".visual"))
                .isLessThan(top(".chart"))
                .isLessThan(top(".map-section"));
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("width of the page")
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        assertThat(number("return document.querySelector('.country-map__svg').getBoundingClientRect().right"))
                .as("right edge of the map")
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        browser.executeScript("document.querySelector('.country-map').scrollIntoView()");
        Browser.screenshot(browser, "timeline-phone-map");

        // The folded filters open from the link above the entries.
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".filters-open a")).getText())
                .isEqualTo("Filters");
        browser.findElement(By.cssSelector(".filters-open a")).click();
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "timeline-phone-filters");
    }

    @Test
    void drawsEveryMarkOfJune2025ApartAndReachesEachWithTab() throws Exception {
        browser.get(url("/timeline?at=2025-06-30"));

        List<WebElement> june = browser.findElements(By.cssSelector(".visual__svg a.mark-link")).stream()
                .filter(a -> a.getDomProperty("textContent").contains("June 2025"))
                .toList();
        long listed = browser.findElements(By.cssSelector("article.entry time")).stream()
                .filter(time -> time.getText().startsWith("June 2025"))
                .count();
        assertThat(listed).isGreaterThanOrEqualTo(5);
        // Every entry of June is a mark of its own, or counted in a cluster that says how many it holds.
        int drawn = 0;
        for (WebElement mark : june) {
            drawn += mark.getDomAttribute("class").contains("cluster-link")
                    ? Integer.parseInt(
                            mark.findElement(By.cssSelector(".cluster__count")).getDomProperty("textContent"))
                    : 1;
        }
        assertThat(drawn).isEqualTo(listed);
        Set<String> boxes = new HashSet<>();
        for (WebElement mark : june) {
            Object box = browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(',');",
                    mark);
            assertThat(boxes.add((String) box)).as("%s drawn apart", box).isTrue();
        }

        browser.executeScript("document.querySelector('.visual').scrollIntoView()");
        Browser.screenshot(browser, "timeline-drawing");
        browser.executeScript("document.querySelector('.visual__nav a').focus()");
        List<WebElement> reached = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if ((Boolean) browser.executeScript("return !!arguments[0].closest('.visual__svg')", focused)) {
                reached.add(focused);
            } else if (!reached.isEmpty()) {
                break;
            }
        }
        assertThat(reached).containsAll(june);
        assertThat(browser.executeScript(NESTED_INTERACTIVE)).asList().isEmpty();
    }

    @Test
    void showsTheTimelineAsRecordedAtTheMinuteChosenInItsControl() {
        String word = TestRecords.uniqueWord();
        // The new title was recorded at 20 seconds past a known minute, an hour ago; the old one before it.
        LocalDateTime edited =
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusHours(1);
        TitleEdits.retitleAt(
                writer, jdbc, "test-layout:" + word, "Old title " + word, "New title " + word, edited, clock.getZone());
        browser.get(url("/timeline?q=" + word));
        assertThat(browser.findElement(By.cssSelector("article.entry")).getText())
                .contains("New title " + word);

        browser.executeScript(
                "document.getElementById('recordedOn').value = arguments[0]",
                edited.minusMinutes(1).toString());
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".filters button[type=submit]")));

        assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("recordedOn=" + edited.minusMinutes(1));
        assertThat(browser.findElement(By.cssSelector("article.entry")).getText())
                .contains("Old title " + word);
        assertThat(browser.findElement(By.cssSelector(".as-recorded")).getText())
                .contains(edited.minusMinutes(1).toLocalTime().toString());
        assertThat(browser.findElement(By.id("recordedOn")).getDomProperty("value"))
                .isEqualTo(edited.minusMinutes(1).toString());
    }

    private double top(String selector) {
        return number(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY", selector);
    }

    private double number(String script, Object... arguments) {
        return ((Number) browser.executeScript(script, arguments)).doubleValue();
    }
}
