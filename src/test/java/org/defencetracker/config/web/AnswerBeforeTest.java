package org.defencetracker.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.Compression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * When readers accept a lag, the request that makes a view anew for a newer version of the data is given the answer
 * before it at once, if that answer is recent, and the new one is made after it and kept for the next reader. The
 * filter runs here on its own, with the data's version and the clock in the test's hands.
 */
class AnswerBeforeTest {

    private final Versions versions = new Versions(Duration.ofSeconds(2));
    private final Moment clock = new Moment();
    private final ConditionalReads reads =
            new ConditionalReads(versions, new AcceptHeaderLocaleResolver(), clock, new KeptAnswers(new Compression()));
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void theMakerGetsTheRecentAnswerBeforeAndTheNextReaderTheNewOne() throws Exception {
        MockHttpServletResponse first = read(numbered());
        assertThat(first.getContentAsString()).isEqualTo("page 1");

        versions.version = 2;
        clock.advance(Duration.ofSeconds(3));
        MockHttpServletResponse maker = read(numbered());

        assertThat(maker.getContentAsString()).isEqualTo("page 1");
        assertThat(maker.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(maker.getHeader("Connection")).isEqualTo("close");
        assertThat(made).hasValue(2);

        MockHttpServletResponse next = read(refuse());
        assertThat(next.getContentAsString()).isEqualTo("page 2");
        assertThat(next.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
        assertThat(next.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(next.getHeader("X-Page")).isEqualTo("2");
    }

    @Test
    void anAnswerOlderThanTwiceTheLagIsNotGivenAndTheReaderWaitsForTheNewOne() throws Exception {
        read(numbered());

        versions.version = 2;
        clock.advance(Duration.ofSeconds(5));

        MockHttpServletResponse maker = read(numbered());
        assertThat(maker.getContentAsString()).isEqualTo("page 2");
        assertThat(maker.getHeader("Connection")).isNull();
    }

    @Test
    void withoutALagTheMakerWaitsForTheNewAnswer() throws Exception {
        Versions unlagged = new Versions(Duration.ZERO);
        ConditionalReads atOnce = new ConditionalReads(
                unlagged, new AcceptHeaderLocaleResolver(), clock, new KeptAnswers(new Compression()));
        MockHttpServletResponse first = new MockHttpServletResponse();
        atOnce.doFilter(request(), first, numbered());

        unlagged.version = 2;
        MockHttpServletResponse maker = new MockHttpServletResponse();
        atOnce.doFilter(request(), maker, numbered());

        assertThat(first.getContentAsString()).isEqualTo("page 1");
        assertThat(maker.getContentAsString()).isEqualTo("page 2");
    }

    @Test
    void aNewAnswerThatFailsLeavesTheAnswerBeforeForTheNextReader() throws Exception {
        read(numbered());

        versions.version = 2;
        clock.advance(Duration.ofSeconds(1));
        MockHttpServletResponse maker = read((request, response) -> {
            throw new IllegalStateException("the database went away");
        });
        assertThat(maker.getStatus()).isEqualTo(200);
        assertThat(maker.getContentAsString()).isEqualTo("page 1");

        assertThat(read(numbered()).getContentAsString()).as("made again").isEqualTo("page 1");
        assertThat(read(refuse()).getContentAsString()).isEqualTo("page 2");
    }

    private MockHttpServletResponse read(FilterChain page) throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        reads.doFilter(request(), response, page);
        return response;
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/timeline");
    }

    /** A page that says how many have been made, in its body and a header of its own. */
    private FilterChain numbered() {
        return (request, response) -> {
            int number = made.incrementAndGet();
            ((HttpServletResponse) response).setHeader("X-Page", Integer.toString(number));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("page " + number).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static FilterChain refuse() {
        return (request, response) -> {
            throw new AssertionError("made again where a kept answer was expected");
        };
    }

    /** The data's version as the test sets it, with the lag readers accept. */
    private static final class Versions extends ReadersVersion {

        long version = 1;

        Versions(Duration lag) {
            super(null, lag);
        }

        @Override
        long current() {
            return version;
        }
    }

    /** A clock that moves only when the test moves it. */
    private static final class Moment extends Clock {

        private Instant now = Instant.parse("2026-06-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
