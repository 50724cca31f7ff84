package org.defencetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.defencetracker.TestRecords;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.AccountView;
import org.defencetracker.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two people at two browsers: an administrator disables an editor who has a form open, and the editor's save is
 * refused; a person changes their own password on their account page, and issues and revokes an API token there.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountsBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver editor;
    ChromeDriver admin;

    @BeforeEach
    void openBrowsers() throws Exception {
        editor = Browser.start();
        admin = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        for (ChromeDriver browser : new ChromeDriver[] {editor, admin}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anEditorDisabledWhileEditingCannotSave() throws Exception {
        AccountView editorAccount = accounts.create("editor" + suffix(), PASSWORD, Role.EDITOR);
        AccountView adminAccount = accounts.create("admin" + suffix(), PASSWORD, Role.ADMIN);
        signIn(editor, editorAccount.username(), PASSWORD);
        signIn(admin, adminAccount.username(), PASSWORD);

        editor.get(url("/sources/new"));
        String title = "Never saved " + TestRecords.uniqueWord();
        editor.findElement(By.id("publisher")).sendKeys("Publisher");
        editor.findElement(By.id("title")).sendKeys(title);

        admin.get(url("/admin/accounts"));
        Browser.clickAndWait(
                admin,
                admin.findElement(
                        By.cssSelector("#account-" + editorAccount.id() + " form[action$='/enabled'] button")));
        assertThat(admin.findElement(By.cssSelector("[role=status]")).getText()).contains("Account disabled");

        Browser.clickAndWait(editor, editor.findElement(By.cssSelector("main form button[type=submit]")));
        // The session ended with the account, so the form's token is no longer trusted either: refused, signed out.
        assertThat(editor.findElement(By.tagName("h1")).getText()).isIn("Not allowed", "Sign in");
        assertThat(editor.findElement(By.cssSelector(".account")).getText()).contains("Sign in");
        Browser.screenshot(editor, "disabled-editor-save-refused");
        assertThat(jdbc.sql("select count(*) from source where title = :title")
                        .param("title", title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void changesOwnPasswordOnTheAccountPage() throws Exception {
        String name = "analyst" + suffix();
        accounts.create(name, PASSWORD, Role.ANALYST);
        signIn(editor, name, PASSWORD);
        Browser.clickAndWait(editor, editor.findElement(By.linkText("Signed in as " + name)));
        assertThat(editor.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");

        fill(PASSWORD, "a brand new secret", "a brand new secret!");
        assertThat(editor.findElement(By.id("confirmation-error")).getText())
                .isEqualTo("The two new passwords differ.");
        fill(PASSWORD, "qwertyuiop123", "qwertyuiop123");
        assertThat(editor.findElement(By.id("newPassword-error")).getText()).contains("commonest passwords");
        Browser.screenshot(editor, "account-password-refused");

        fill(PASSWORD, "a brand new secret", "a brand new secret");
        assertThat(editor.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Your password is changed");

        Browser.clickAndWait(editor, editor.findElement(By.cssSelector(".account button")));
        signIn(editor, name, PASSWORD);
        assertThat(editor.findElement(By.cssSelector("[role=alert]")).getText()).contains("do not match");
        signIn(editor, name, "a brand new secret");
        assertThat(editor.findElement(By.cssSelector(".account")).getText()).contains("Signed in as " + name);
    }

    @Test
    void issuesAnApiTokenThatWorksAtOnceAndRevokesIt() throws Exception {
        String name = "editor" + suffix();
        accounts.create(name, PASSWORD, Role.EDITOR);
        signIn(editor, name, PASSWORD);
        editor.get(url("/account"));
        assertThat(editor.findElement(By.id("tokens")).getText()).isEqualTo("API tokens");

        editor.findElement(By.id("name")).sendKeys("Nightly export");
        editor.findElement(By.id("canWrite")).click();
        Browser.clickAndWait(editor, editor.findElement(By.cssSelector("form[action$='/account/tokens'] button")));
        String secret = editor.findElement(By.id("issued-secret")).getText();
        assertThat(secret).startsWith("dtk_");
        assertThat(editor.findElement(By.cssSelector("table.tokens")).getText())
                .contains("Nightly export", "Read and write", "not yet");
        Browser.screenshot(editor, "account-token-issued");
        assertThat(apiStatus(secret)).isEqualTo(200);

        editor.get(url("/account"));
        assertThat(editor.getPageSource()).doesNotContain(secret);
        Browser.clickAndWait(editor, editor.findElement(By.cssSelector("table.tokens button")));
        assertThat(editor.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Token revoked");
        assertThat(editor.findElement(By.cssSelector("main")).getText()).contains("You have no tokens.");
        assertThat(apiStatus(secret)).isEqualTo(401);
    }

    private int apiStatus(String token) throws Exception {
        java.net.http.HttpResponse<Void> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/tokens")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        return answer.statusCode();
    }

    private void fill(String current, String next, String again) {
        editor.findElement(By.id("currentPassword")).sendKeys(current);
        editor.findElement(By.id("newPassword")).sendKeys(next);
        editor.findElement(By.id("confirmation")).sendKeys(again);
        Browser.clickAndWait(editor, editor.findElement(By.cssSelector("main form button[type=submit]")));
    }

    private void signIn(ChromeDriver browser, String name, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
