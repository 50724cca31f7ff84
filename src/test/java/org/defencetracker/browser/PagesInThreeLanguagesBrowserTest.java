package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.defencetracker.SeparateTracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every page of the demo case, for a reader and for an editor, read in English, Russian and Kazakh in a real browser:
 * no text of another language shows, except the record's own content that nobody has written in the reader's
 * language yet, which is declared English and marked ({@code .untranslated}), and what is quoted as published
 * ({@code translate="no"}: sources' titles and publishers, quotations, user names). What a page shows is checked,
 * and what screen readers and tooltips say; not the window's title, which repeats the page's heading. The pages are
 * those of a tracker
 * holding the demo case alone, so that what other tests write cannot hide or fake a finding.
 */
class PagesInThreeLanguagesBrowserTest extends BrowserJourney {

    /** Record pages reached by links from the lists, the timeline and each other. */
    private static final Pattern RECORD_PAGE = Pattern.compile("/(acts|bodies|incidents|sources)/\\d+(/history)?");

    /**
     * Words that read the same in every language: file formats, protocols, codes and names written so everywhere
     * (the columns of the import file, the time zone's name, the map's data).
     */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "CSV",
            "JSON",
            "GeoJSON",
            "Atom",
            "API",
            "OpenAPI",
            "ELI",
            "UTC",
            "Etc",
            "UTF",
            "URL",
            "https",
            "http",
            "KZ",
            "QGIS",
            "Natural",
            "Earth",
            "or",
            "external_id");

    /** The product's name, the same in every language. */
    private static final String PRODUCT = "Defence Tracker";

    /**
     * The text of the page that a reader of the page's language would find foreign, as "word in «text»": Latin words
     * on a Russian or Kazakh page, Cyrillic ones on an English page, in text and in what screen readers and tooltips
     * say, outside the parts declared in another language, marked untranslated, or quoted as published.
     */
    private static final String FOREIGN_TEXT = """
            const language = document.documentElement.lang;
            const product = arguments[1];
            const code = /^([A-Z][A-Z0-9_]*|[0-9.:+ -]+|true|false|#[0-9]+)$/;
            const foreign = language === 'en' ? /[\\u0400-\\u04FF]+/g : /[A-Za-z]{2,}/g;
            const same = new Set(arguments[0]);
            const exempt = el => el.closest('script, style, noscript, template, [translate=no], .untranslated')
                || (el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== language);
            const found = [];
            const check = (text, el) => {
              // The product's name and addresses (/no-such-page, docs/import-export.md) read the same everywhere.
              text = text.split(product).join(' ').replace(/\\S*\\/\\S*/g, ' ');
              for (const m of text.matchAll(/[A-Za-z_]+/g)) {
                if (same.has(m[0])) text = text.replace(m[0], ' ');
              }
              for (const m of text.matchAll(foreign)) {
                if (!same.has(m[0])) found.push(m[0] + ' in «' + text.trim().replace(/\\s+/g, ' ').slice(0, 90)
                    + '» (' + el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ')');
              }
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const el = walker.currentNode.parentElement;
              if (el && !exempt(el)) check(walker.currentNode.textContent, el);
            }
            for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
              if (exempt(el)) continue;
              for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
                // A stored code kept in a tooltip beside its label (history: "DECREE" beside «Указ») is no word.
                if (el.hasAttribute(name) && !code.test(el.getAttribute(name).trim())) check(el.getAttribute(name), el);
              }
            }
            return found;
            """;

    private ConfigurableApplicationContext tracker;

    @AfterEach
    void stopTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void everyPageReadsInItsLanguageAndMarksWhatIsShownInEnglish() throws Exception {
        tracker = SeparateTracker.serve(true);
        String site = SeparateTracker.address(tracker);
        browser = Browser.start();

        List<String> pages = new ArrayList<>(List.of(
                "/timeline",
                "/timeline?kind=INCIDENT",
                "/acts",
                "/bodies",
                "/incidents",
                "/sources",
                "/search?q=defence",
                "/search?q=оборона",
                "/login",
                "/no-such-page"));
        pages.addAll(recordPages(site));
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        for (String language : List.of("en", "ru", "kk")) {
            read(site, pages, language, foreign);
        }

        signIn(site, "editor");
        List<String> editorPages = new ArrayList<>(List.of(
                "/acts/new", "/bodies/new", "/incidents/new", "/sources/new", "/import", "/account", "/timeline"));
        for (String page : pages) {
            if (page.matches("/(acts|bodies|incidents|sources)/\\d+")) {
                editorPages.add(page);
                editorPages.add(page + "/edit");
            }
            if (page.matches("/(acts|incidents)/\\d+")) {
                String subject = page.startsWith("/acts/") ? "act" : "incident";
                editorPages.add("/statements/new?" + subject + "=" + page.substring(page.lastIndexOf('/') + 1));
                browser.get(site + page);
                for (WebElement a : browser.findElements(By.cssSelector("a[href*='/statements/'][href$='/edit']"))) {
                    editorPages.add(a.getAttribute("href").substring(site.length()));
                }
            }
        }
        for (String language : List.of("en", "ru", "kk")) {
            read(site, editorPages, language, foreign);
        }

        signIn(site, "admin");
        for (String language : List.of("en", "ru", "kk")) {
            read(site, List.of("/admin/accounts", "/bodies/1?asOf=2025-09-15&since=2025-09-13"), language, foreign);
        }
        // A notice naming an account sets the name apart from the sentence around it.
        browser.get(site + "/admin/accounts?lang=ru");
        browser.findElement(By.id("new-username")).sendKeys("analyst-one");
        browser.findElement(By.id("new-password")).sendKeys("a long enough password");
        Browser.clickAndWait(
                browser,
                browser.findElement(By.xpath("//input[@id='new-username']/ancestor::form//button[@type='submit']")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Учётная запись analyst-one создана.");
        assertThat(browser.findElement(By.cssSelector(".notice [translate=no]")).getText())
                .isEqualTo("analyst-one");

        assertThat(foreign).as("text of another language, unmarked").isEmpty();
        assertThat(editorPages).as("statements' forms were reached").anyMatch(p -> p.matches("/statements/\\d+/edit"));
        assertThat(pages).as("the demo's record pages were reached").anyMatch(p -> p.startsWith("/acts/"));
    }

    @Test
    void marksTheDemosEnglishOnlyContentOnARussianPage() throws Exception {
        tracker = SeparateTracker.serve(true);
        String site = SeparateTracker.address(tracker);
        browser = Browser.start();

        browser.get(site + "/incidents?lang=ru");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("table a[href^='/incidents/']")));
        List<WebElement> marks = browser.findElements(By.cssSelector(".untranslated-mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).isEqualTo("показана английская версия");
        assertThat(browser.findElements(By.cssSelector(".untranslated[lang='en']")))
                .isNotEmpty();
        Browser.fullPageScreenshot(browser, "incident-ru");

        // A body named in Russian shows that name, without a mark.
        browser.get(site + "/bodies?lang=ru");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Министерство по чрезвычайным ситуациям Республики Казахстан");
    }

    private List<String> recordPages(String site) {
        Set<String> found = new LinkedHashSet<>();
        for (String list : List.of("/acts", "/bodies", "/incidents", "/sources", "/timeline")) {
            browser.get(site + list);
            found.addAll(recordLinks(site));
        }
        for (String page : List.copyOf(found)) {
            browser.get(site + page);
            found.addAll(recordLinks(site));
        }
        return List.copyOf(found);
    }

    private List<String> recordLinks(String site) {
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            if (href == null || !href.startsWith(site)) {
                continue;
            }
            String path = href.substring(site.length()).replaceAll("[?#].*", "");
            if (RECORD_PAGE.matcher(path).matches()) {
                links.add(path);
            }
        }
        return links;
    }

    private void read(String site, List<String> pages, String language, Map<String, List<String>> foreign) {
        for (String page : pages) {
            browser.get(site + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            @SuppressWarnings("unchecked")
            List<String> found =
                    (List<String>) browser.executeScript(FOREIGN_TEXT, List.copyOf(SAME_IN_EVERY_LANGUAGE), PRODUCT);
            if (!found.isEmpty()) {
                foreign.put(language + " " + page, found);
            }
        }
    }

    private void signIn(String site, String account) {
        browser.manage().deleteAllCookies();
        browser.get(site + "/login");
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys("defence-demo-2025");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
    }
}
