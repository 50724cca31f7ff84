package org.defencetracker.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The answers kept for readers without a session, through the conditional reads' filter with pages of our own
 * making: one request makes a view for a new version of the data while the others get the answer before it.
 */
@WebPageTest
@Import(TestRecords.class)
class KeptAnswersTest {

    @Autowired
    ConditionalReads reads;

    @Autowired
    TestRecords records;

    @Test
    void whileOneRequestMakesAViewAnewTheOthersGetTheAnswerBefore() throws Exception {
        String path = "/timeline";
        String query = TestRecords.uniqueWord();
        MockHttpServletResponse first = read(path, query, page("first"));
        assertThat(first.getContentAsString()).isEqualTo("first");
        assertThat(read(path, query, refuse()).getContentAsString()).as("kept").isEqualTo("first");

        records.source();
        AtomicReference<MockHttpServletResponse> meanwhile = new AtomicReference<>();
        MockHttpServletResponse made = read(path, query, (request, response) -> {
            meanwhile.set(read(path, query, refuse()));
            page("second").doFilter(request, response);
        });

        assertThat(made.getContentAsString()).isEqualTo("second");
        assertThat(meanwhile.get().getContentAsString()).isEqualTo("first");
        assertThat(meanwhile.get().getHeader("ETag"))
                .isEqualTo(first.getHeader("ETag"))
                .isNotEqualTo(made.getHeader("ETag"));
        assertThat(read(path, query, refuse()).getContentAsString()).isEqualTo("second");
    }

    @Test
    void answersThatAreNotPagesForAllAreNotKept() throws Exception {
        String query = TestRecords.uniqueWord();
        read("/timeline", query, (request, response) -> {
            ((HttpServletResponse) response).addHeader("Set-Cookie", "chosen=1");
            page("with a cookie").doFilter(request, response);
        });
        assertThat(read("/timeline", query, page("made again")).getContentAsString())
                .isEqualTo("made again");

        read("/search", query, (request, response) -> ((HttpServletResponse) response).sendError(404));
        assertThat(read("/search", query, page("found")).getContentAsString()).isEqualTo("found");

        MockHttpServletRequest withSession = request("/acts", query);
        withSession.setRequestedSessionId("someone");
        reads.doFilter(withSession, new MockHttpServletResponse(), page("someone's"));
        assertThat(read("/acts", query, page("for all")).getContentAsString()).isEqualTo("for all");
    }

    @Test
    void aKeptPageIsSentCompressedOnceToReadersWhoAcceptIt() throws Exception {
        String query = TestRecords.uniqueWord();
        String text = "A page long enough to be worth compressing. ".repeat(50);
        MockHttpServletResponse made = read("/timeline", query, page(text));
        assertThat(made.getHeader("Content-Encoding")).isNull();

        MockHttpServletRequest gzip = request("/timeline", query);
        gzip.addHeader("Accept-Encoding", "br, gzip;q=0.8");
        MockHttpServletResponse compressed = new MockHttpServletResponse();
        reads.doFilter(gzip, compressed, refuse());
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getHeaders("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(compressed.getContentLength()).isLessThan(text.length() / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        assertThat(compressed.getHeader("ETag")).isEqualTo(made.getHeader("ETag"));

        MockHttpServletRequest refused = request("/timeline", query);
        refused.addHeader("Accept-Encoding", "gzip;q=0, identity");
        MockHttpServletResponse plain = new MockHttpServletResponse();
        reads.doFilter(refused, plain, refuse());
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).isEqualTo(text);
        assertThat(read("/timeline", query, refuse()).getContentAsString()).isEqualTo(text);

        String small = TestRecords.uniqueWord();
        read("/search", small, page("short"));
        MockHttpServletRequest shortOne = request("/search", small);
        shortOne.addHeader("Accept-Encoding", "gzip");
        MockHttpServletResponse uncompressed = new MockHttpServletResponse();
        reads.doFilter(shortOne, uncompressed, refuse());
        assertThat(uncompressed.getHeader("Content-Encoding"))
                .as("too short to compress")
                .isNull();
        assertThat(uncompressed.getContentAsString()).isEqualTo("short");
    }

    private MockHttpServletResponse read(String path, String query, FilterChain page)
            throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        reads.doFilter(request(path, query), response, page);
        return response;
    }

    /** A request for the path with this word searched for. */
    private static MockHttpServletRequest request(String path, String word) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString("q=" + word);
        request.addParameter("q", word);
        return request;
    }

    private static FilterChain page(String text) {
        return (request, response) -> {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static FilterChain refuse() {
        return (request, response) -> {
            throw new AssertionError("made again where a kept answer was expected");
        };
    }
}
