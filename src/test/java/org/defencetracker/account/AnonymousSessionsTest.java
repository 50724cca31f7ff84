package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Visitors who have not signed in leave nothing in the database: reading pages, the sign-in form and a failed
 * sign-in store no session (the form's token and the page to return to travel in cookies). Signing in does.
 * Over a real socket, as a browser sends its requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousSessionsTest {

    private static final String PASSWORD = "anonymous-sessions-test-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void readingAndAFailedSignInStoreNoSessionButSigningInDoes() throws Exception {
        String name = "anon" + System.nanoTime();
        accounts.create(name, PASSWORD, Role.EDITOR);
        long started = System.currentTimeMillis();
        HttpClient browser = browser();
        for (String path : List.of("/login", "/timeline", "/acts/new", "/admin/accounts", "/acts/1", "/login?error")) {
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> answer = browser.send(get(path), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.headers().allValues("Set-Cookie"))
                        .as(path)
                        .noneMatch(cookie -> cookie.startsWith("SESSION"));
            }
        }
        HttpResponse<String> failed = signIn(browser, name, "not the password");
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/login?error"));
        assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        assertThat(sessionsSince(started))
                .as("sessions stored for anonymous visitors")
                .isZero();

        HttpResponse<String> signedIn = signIn(browser, name, PASSWORD);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("SESSION"));
        assertThat(sessionsSince(started)).isEqualTo(1);
    }

    private HttpResponse<String> signIn(HttpClient browser, String name, String password) throws Exception {
        HttpResponse<String> form = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(address("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encoded(name) + "&password="
                                + encoded(password) + "&_csrf=" + encoded(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    private long sessionsSince(long millis) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= :since")
                .param("since", millis)
                .query(Long.class)
                .single();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(address(path)).GET().build();
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
