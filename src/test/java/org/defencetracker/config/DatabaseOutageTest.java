package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.TestRecords;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.statement.SourceView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database stops under a running app and comes back. While it is away every request is answered at once and
 * honestly (503 with a time to retry, health and readiness down, an API write with good credentials refused as
 * unavailable rather than unauthorised); once it is back the app serves again without a restart, and what it
 * acknowledged before the outage is still there. The app runs on a PostgreSQL of this test's own, whichever
 * database the other tests use.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "defence-tracker.demo-data=true")
@ActiveProfiles("test")
@Import(TestRecords.class)
class DatabaseOutageTest {

    private static final String PASSWORD = "outage-test-password-2025";
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);

    private static final Path DATA = temporaryFolder();
    private static final int PORT = freePort();
    private static EmbeddedPostgres postgres = start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    TestRecords records;

    /** An anonymous reader, and an editor's browser that keeps its cookies. */
    private final HttpClient http = client();

    private final HttpClient signedIn = client();

    @Test
    void anOutageIsAnsweredPromptlyAndTheAppServesAgainWhenTheDatabaseReturns() throws Exception {
        String editor = "outage-" + TestRecords.uniqueWord();
        accounts.create(editor, PASSWORD, Role.EDITOR);
        SourceView source = records.source();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((editor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(
                request("/api/v1/incidents")
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(incident("before the outage", source.id())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String acknowledged = idOf(created.body());
        signIn(editor);
        String editorsToken = csrfToken(signedIn, "/acts/new");
        String readersToken = csrfToken(http, "/login");

        postgres.close();
        List<String> answers = new ArrayList<>();
        answers.add(expectUnavailable("GET /timeline", request("/timeline")));
        answers.add(expectUnavailable("GET /acts/1", request("/acts/1")));
        answers.add(expectUnavailable("GET /api/v1/timeline", request("/api/v1/timeline")));
        answers.add(expectUnavailable(
                "POST /api/v1/incidents",
                request("/api/v1/incidents")
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(incident("during the outage", source.id())))));
        answers.add(expectUnavailable("GET /actuator/health", request("/actuator/health")));
        answers.add(expectUnavailable("GET /actuator/health/readiness", request("/actuator/health/readiness")));
        // A signed-in editor's session lives in the database too.
        answers.add(expectUnavailable(signedIn, "GET /acts/new (signed in)", request("/acts/new")));
        answers.add(expectUnavailable(signedIn, "GET /timeline (signed in)", request("/timeline")));
        answers.add(expectUnavailable(
                signedIn,
                "POST /acts/1/archive (signed in)",
                request("/acts/1/archive")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encoded(editorsToken)))));
        answers.add(expectUnavailable(
                "POST /login",
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + editor + "&password=" + PASSWORD + "&_csrf=" + encoded(readersToken)))));
        assertThat(answers).as("every request during the outage").allMatch(String::isEmpty);
        HttpResponse<String> health =
                http.send(request("/actuator/health/readiness").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("DOWN");

        postgres = start();
        long back = System.nanoTime();
        int status = 0;
        while (Duration.ofNanos(System.nanoTime() - back).compareTo(BACK_WITHIN) < 0) {
            status = http.send(request("/timeline").build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status)
                .as("the timeline within %s of the database's return", BACK_WITHIN)
                .isEqualTo(200);
        HttpResponse<String> kept =
                http.send(request("/api/v1/incidents/" + acknowledged).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).contains("before the outage");
        assertThat(http.send(request("/actuator/health/readiness").build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    /** An empty string when the answer was a prompt 503 with a time to retry; otherwise what was wrong. */
    private String expectUnavailable(String what, HttpRequest.Builder request) throws Exception {
        return expectUnavailable(http, what, request);
    }

    private String expectUnavailable(HttpClient client, String what, HttpRequest.Builder request) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = client.send(request.timeout(PROMPT.plusSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            return what + ": no answer (" + ex + ")";
        }
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        List<String> wrong = new ArrayList<>();
        if (took.compareTo(PROMPT) > 0) {
            wrong.add("took " + took.toMillis() + " ms");
        }
        if (answer.statusCode() != 503) {
            wrong.add("status " + answer.statusCode());
        }
        if (!what.contains("/actuator/")
                && answer.headers().firstValue("Retry-After").isEmpty()) {
            wrong.add("no Retry-After");
        }
        if (answer.body().contains("Exception") || answer.body().contains("SQL")) {
            wrong.add("shows exception text");
        }
        return wrong.isEmpty() ? "" : what + ": " + String.join(", ", wrong);
    }

    /** The form token a page gives this client, read from the page as a browser would send it back. */
    private String csrfToken(HttpClient client, String path) throws Exception {
        HttpResponse<String> page = client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("%s carries a CSRF token", path).isTrue();
        return token.group(1);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void signIn(String username) throws Exception {
        String token = csrfToken(signedIn, "/login");
        HttpResponse<String> answer = signedIn.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                                + "&_csrf=" + encoded(token)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(PROMPT)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String incident(String title, long sourceId) {
        return "{\"kind\":\"DRONE_INCURSION\",\"title\":\"" + title + "\",\"date\":\"2019-03-04\","
                + "\"precision\":\"DAY\",\"country\":\"KZ\",\"latitude\":51.16,\"longitude\":71.43,"
                + "\"geoPrecision\":\"EXACT\",\"sources\":[" + sourceId + "],\"confirmDuplicate\":true}";
    }

    private static String idOf(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static EmbeddedPostgres start() {
        try {
            Files.createDirectories(EmbeddedDatabase.binariesDirectory());
            return EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            EmbeddedDatabase.binariesDirectory().toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", DATA.toString())
                    .start();
        } catch (IOException ex) {
            throw new IllegalStateException("the test's own PostgreSQL did not start", ex);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("defence-tracker-outage");
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
