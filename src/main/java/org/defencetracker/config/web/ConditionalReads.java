package org.defencetracker.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.defencetracker.shared.web.ReadVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Conditional reads of the timeline, its exports and feed, the lists and the API's reads for readers who have not
 * signed in. Their answer depends only on the data, the address, the language and the day, so its ETag is made of
 * those: the data's version ({@code data_version}, raised by the database in every transaction that changes
 * content, so every instance of the app agrees on it) read with one tiny query before anything else (at most once
 * in {@code defence-tracker.readers-lag}, {@link ReadersVersion}), and a hash of the rest. A request that already
 * holds it is answered 304 with no body and no other query; the others are answered as before, with the ETag and
 * {@code Cache-Control: no-cache} (keep, but ask again each time). Signed-in readers are left alone: their answers
 * stay private and unstored. Runs after the security filters, so only requests that may read get here.
 *
 * <p>The pages, lists, feed and the API's reads (not the exports, which are streamed) are also kept whole with
 * their tag ({@link KeptAnswers}) for readers without a session, so a view that many read is made once per version
 * of the data; while one request makes it for a newer version, the others are given the answer before, with its
 * own tag. So is the request that makes it, when readers accept a lag and that answer was made within twice the lag:
 * it is sent at once and the new one is made after it, apart ({@link DetachedResponse}), and kept for the next.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConditionalReads extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of(
            "/",
            "/timeline",
            "/timeline.csv",
            "/timeline.json",
            "/timeline.geojson",
            "/incidents.csv",
            "/feed.atom",
            "/acts",
            "/bodies",
            "/incidents",
            "/sources",
            "/search",
            "/api/v1/timeline",
            "/api/v1/search");

    /** The exports: streamed as they are read, too large to keep. */
    static final Set<String> STREAMED =
            Set.of("/timeline.csv", "/timeline.json", "/timeline.geojson", "/incidents.csv");

    private static final Logger log = LoggerFactory.getLogger(ConditionalReads.class);

    private final ReadersVersion versions;
    private final LocaleResolver locales;
    private final Clock clock;
    private final KeptAnswers kept;

    ConditionalReads(ReadersVersion versions, LocaleResolver locales, Clock clock, KeptAnswers kept) {
        this.versions = versions;
        this.locales = locales;
        this.clock = clock;
        this.kept = kept;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || !PATHS.contains(path(request)) || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long version = versions.current();
        ReadVersion.set(request, version);
        String view = digest(request);
        String tag = "W/\"" + version + "-" + view + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.ETAG, tag);
        // The language comes from the browser's languages or the reader's choice, so a cache keeps one per each.
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        String holds = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (matches(holds, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!keepable(request)) {
            chain.doFilter(request, new UnlessAnswered(response));
            return;
        }
        KeptAnswers.Answer answer = kept.get(view);
        if (answer != null && answer.tag().equals(tag)) {
            answer.writeTo(request, response);
            return;
        }
        boolean mine = kept.startMaking(view);
        // Another request is making this view anew, or this one will once its reader has the answer before it
        // (when readers accept a lag and that answer is recent): the reader is not kept waiting for either.
        boolean before = answer != null && (!mine || recent(answer));
        List<String> setBefore = List.copyOf(response.getHeaderNames());
        if (before) {
            if (mine) {
                // The connection closes after the answer, so that the reader's next request on it does not wait
                // behind the making of this one.
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            if (matches(holds, answer.tag())) {
                response.setHeader(HttpHeaders.ETAG, answer.tag());
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            } else {
                answer.writeTo(request, response);
            }
            if (!mine) {
                return;
            }
            response.flushBuffer();
        }
        try {
            HttpServletResponse target = before ? new DetachedResponse(response) : response;
            KeptAnswers.Page page = new KeptAnswers.Page(target);
            chain.doFilter(request, new UnlessAnswered(page));
            if (mine && "GET".equals(request.getMethod())) {
                kept.keep(view, tag, clock.millis(), page, target, setBefore);
            }
            if (!before) {
                page.copyBodyToResponse();
            }
        } catch (IOException | ServletException | RuntimeException ex) {
            if (!before) {
                throw ex;
            }
            // The reader has an answer; the next reader's request makes this view again.
            log.warn("A page made after its reader was answered failed: {}", request.getRequestURI(), ex);
        } finally {
            if (mine) {
                kept.doneMaking(view);
            }
        }
    }

    /**
     * Whether an answer was made recently enough to be given while the next one is made: within twice the lag of
     * being kept. It shows the data as it was when its making began, which under load can be seconds before.
     */
    private boolean recent(KeptAnswers.Answer answer) {
        long lag = versions.lag().toMillis();
        return lag > 0 && clock.millis() - answer.made() <= 2 * lag;
    }

    /** A page read without a session (which could carry a message meant for one reader), not an export. */
    private static boolean keepable(HttpServletRequest request) {
        return request.getRequestedSessionId() == null && !STREAMED.contains(path(request));
    }

    /** The address within the application. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The address with its parameters, the language and the day (the pages say what is recent). */
    private String digest(HttpServletRequest request) {
        StringBuilder what = new StringBuilder(request.getRequestURI()).append('\n');
        // The parameters as read, not the query's text: the same whatever their order or encoding. Each text is
        // preceded by its length, so that no value can pass for another parameter.
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            what.append(name.length()).append(':').append(name).append('=');
            for (String value : values) {
                what.append(value.length()).append(':').append(value);
            }
            what.append('\n');
        });
        what.append(locales.resolveLocale(request).toLanguageTag()).append('\n').append(LocalDate.now(clock));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Whether one of the tags of an If-None-Match header is this one (compared weakly, as RFC 9110 asks). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean anonymous() {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        return reader == null || reader instanceof AnonymousAuthenticationToken;
    }

    /** Takes the ETag and the revalidation back when the answer is not the page itself (an error, a redirect). */
    private static final class UnlessAnswered extends HttpServletResponseWrapper {

        UnlessAnswered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            if (status != SC_OK) {
                withdraw();
            }
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            withdraw();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            withdraw();
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            withdraw();
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            withdraw();
            super.sendRedirect(location, status, clearBuffer);
        }

        /** Without a Cache-Control of its own, the answer gets the security filters' no-store. */
        private void withdraw() {
            setHeader(HttpHeaders.ETAG, null);
            setHeader(HttpHeaders.CACHE_CONTROL, null);
        }
    }
}
