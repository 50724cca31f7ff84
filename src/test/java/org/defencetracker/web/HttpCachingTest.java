package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.defencetracker.TestRecords;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What browsers, proxies and feed readers may keep, over a real socket: stylesheets and scripts linked by their
 * content's hash and kept for a year; text answers compressed; the timeline, its exports and feed, the lists and the
 * API's reads revalidated by an ETag from the data's version, answered 304 until something changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestRecords.class)
class HttpCachingTest {

    private static final List<String> CONDITIONAL = List.of(
            "/timeline",
            "/timeline?kind=INCIDENT",
            "/timeline.csv",
            "/timeline.json",
            "/timeline.geojson",
            "/incidents.csv",
            "/feed.atom",
            "/api/v1/timeline",
            "/api/v1/search?q=ministry",
            "/acts",
            "/bodies",
            "/incidents",
            "/sources");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;

    @Autowired
    AccountService accounts;

    @Test
    void stylesheetsAndScriptsAreLinkedByTheirContentAndKeptForAYear() {
        String page = send(get("/timeline")).body();
        for (String file : List.of("/css/app.css", "/css/map.css", "/js/rows.js")) {
            Matcher link = Pattern.compile("(?:href|src)=\"(" + Pattern.quote(file) + "\\?v=[0-9a-f]{16})\"")
                    .matcher(page);
            assertThat(link.find()).as(file + " linked with its hash").isTrue();

            HttpResponse<String> versioned = send(get(link.group(1)));
            assertThat(versioned.statusCode()).isEqualTo(200);
            assertThat(versioned.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");

            HttpResponse<String> plain = send(get(file));
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().allValues("Cache-Control")).containsExactly("max-age=600");
            assertThat(plain.body()).isEqualTo(versioned.body());
        }
        HttpResponse<String> stale = send(get("/css/app.css?v=0000000000000000"));
        assertThat(stale.headers().allValues("Cache-Control")).containsExactly("max-age=600");
    }

    @Test
    void textAnswersAreCompressedForClientsThatAcceptIt() throws IOException {
        for (String path : List.of("/timeline", "/css/app.css", "/api/v1/timeline", "/feed.atom", "/timeline.csv")) {
            // The second read of a page, the feed or the API is the answer kept, compressed once when it was kept.
            String first = null;
            for (int read = 1; read <= 2; read++) {
                HttpResponse<byte[]> zipped = http(
                        HttpRequest.newBuilder(address(path))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(zipped.statusCode()).as(path).isEqualTo(200);
                assertThat(zipped.headers().firstValue("Content-Encoding"))
                        .as(path)
                        .hasValue("gzip");
                assertThat(zipped.headers().allValues("Vary").toString())
                        .as(path)
                        .containsIgnoringCase("accept-encoding");
                String text = new String(
                        new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(text).as(path).hasSizeGreaterThan(1024);
                assertThat(zipped.body().length).as(path).isLessThan(text.length());
                if (first == null) {
                    first = text;
                } else {
                    assertThat(text).as(path + ", compressed once").isEqualTo(first);
                }
            }
        }
        assertThat(send(get("/timeline")).headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void readsAreRevalidatedAndAnswered304UntilTheDataChanges() {
        List<String> before = CONDITIONAL.stream().map(this::unchangedSince).toList();

        records.incident(FuzzyDate.exact(TestRecords.quietDay()), TestRecords.uniqueWord());

        for (int i = 0; i < CONDITIONAL.size(); i++) {
            String path = CONDITIONAL.get(i);
            String old = before.get(i);
            HttpResponse<String> again = send(HttpRequest.newBuilder(address(path))
                    .header("If-None-Match", old)
                    .build());
            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(again.headers().firstValue("ETag"))
                    .as(path)
                    .hasValueSatisfying(tag -> assertThat(tag).isNotEqualTo(old));
        }
    }

    @Test
    void aKeptPageIsTheSamePageAndAChangeOfTheDataMakesItAnew() {
        String word = TestRecords.uniqueWord();
        String path = "/timeline?q=" + word;
        for (String language : List.of("en", "ru")) {
            HttpResponse<String> first = send(HttpRequest.newBuilder(address(path))
                    .header("Accept-Language", language)
                    .build());
            HttpResponse<String> again = send(HttpRequest.newBuilder(address(path))
                    .header("Accept-Language", language)
                    .build());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body()).doesNotContain("Test drone incursion " + word);
            Map<String, List<String>> firstHeaders =
                    new TreeMap<>(first.headers().map());
            Map<String, List<String>> againHeaders =
                    new TreeMap<>(again.headers().map());
            firstHeaders.remove("date");
            againHeaders.remove("date");
            assertThat(againHeaders).as(language).isEqualTo(firstHeaders);
            assertThat(againHeaders).containsKeys("content-language", "content-type");
        }

        records.incident(FuzzyDate.exact(TestRecords.quietDay()), word);

        assertThat(send(get(path)).body()).contains("Test drone incursion " + word);
    }

    @Test
    void theTagDiffersByAddressAndLanguage() {
        String english = tag(HttpRequest.newBuilder(address("/timeline")).header("Accept-Language", "en"));
        String russian = tag(HttpRequest.newBuilder(address("/timeline")).header("Accept-Language", "ru"));
        String filtered =
                tag(HttpRequest.newBuilder(address("/timeline?kind=ACT_STAGE")).header("Accept-Language", "en"));

        assertThat(List.of(english, russian, filtered)).doesNotHaveDuplicates();
    }

    @Test
    void signedInReadersAndRefusalsAreNotKept() {
        String name = "caching" + System.nanoTime();
        accounts.create(name, "caching-test-password-2025", Role.ANALYST);
        String basic = Base64.getEncoder()
                .encodeToString((name + ":caching-test-password-2025").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(address("/api/v1/timeline"))
                .header("Authorization", "Basic " + basic)
                .build());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
        assertThat(signedIn.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));

        HttpResponse<String> refused = send(get("/timeline?size=0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
        assertThat(refused.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    /** The answer's ETag, after checking that it is revalidated and that asking with it gives 304 and no body. */
    private String unchangedSince(String path) {
        HttpResponse<String> first = send(get(path));
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        assertThat(first.headers().allValues("Cache-Control")).as(path).containsExactly("no-cache");
        assertThat(first.headers().allValues("Set-Cookie"))
                .as("a kept answer sets no cookie")
                .isEmpty();
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));

        HttpResponse<String> again = send(HttpRequest.newBuilder(address(path))
                .header("If-None-Match", tag)
                .build());
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        assertThat(again.body()).as(path).isEmpty();
        assertThat(again.headers().firstValue("ETag")).as(path).hasValue(tag);
        return tag;
    }

    private String tag(HttpRequest.Builder request) {
        return send(request.build()).headers().firstValue("ETag").orElseThrow();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(address(path)).GET().build();
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return http(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> http(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
