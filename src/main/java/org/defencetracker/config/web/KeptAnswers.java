package org.defencetracker.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole answers to readers who have not signed in, the latest one of each view (the address, the language and the
 * day) with the ETag it was made under (that and the data's version), so that the next reader of the same view gets
 * the same bytes without a query. While one request makes a view's answer for a newer version, the others are given
 * the one before: a view is made once however many ask for it at that moment, and none of them waits. The least
 * recently read answers go first once {@link #CAPACITY} bytes are held; an answer larger than {@link #LARGEST} is
 * not kept, nor one that sets a cookie (it is someone's own).
 */
@Component
class KeptAnswers {

    static final long CAPACITY = 24L * 1024 * 1024;

    static final int LARGEST = 2 * 1024 * 1024;

    /** What the filters before the page set for every answer, which a kept answer does not repeat. */
    private static final Set<String> NOT_KEPT =
            Set.of(HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_TYPE, HttpHeaders.SET_COOKIE, HttpHeaders.DATE);

    /**
     * One answer: the ETag it was made under, when it was made (kept, in milliseconds of the app's clock), its type,
     * language, the headers the page set, its body and, for text worth compressing, the body compressed once with
     * gzip (else null), which readers whose browsers accept it are sent instead of compressing it on every request.
     */
    record Answer(
            String tag,
            long made,
            String contentType,
            Locale locale,
            Map<String, List<String>> headers,
            byte[] body,
            byte[] gzipped) {

        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader(HttpHeaders.ETAG, tag);
            response.setContentType(contentType);
            if (locale != null) {
                response.setLocale(locale);
            }
            headers.forEach((name, values) -> {
                response.setHeader(name, values.get(0));
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
            byte[] sent = body;
            if (gzipped != null) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                if (acceptsGzip(request)) {
                    // The server leaves an answer that names its encoding as it is.
                    response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                    sent = gzipped;
                }
            }
            response.setContentLength(sent.length);
            response.getOutputStream().write(sent);
        }

        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    /** Whether the request's Accept-Encoding names gzip without refusing it ({@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
        for (Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
                headers != null && headers.hasMoreElements(); ) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")) {
                    return parts.length < 2 || !parts[1].trim().matches("(?i)q=0(\\.0{0,3})?");
                }
            }
        }
        return false;
    }

    private final Compression compression;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<String> making = ConcurrentHashMap.newKeySet();
    private long bytes;

    /** The server's compression settings; without a web server (contexts of no pages) nothing is compressed. */
    @Autowired
    KeptAnswers(ObjectProvider<ServerProperties> server) {
        this(server.getIfAvailable(ServerProperties::new).getCompression());
    }

    /** Answers compressed as {@code compression} says the server compresses them. */
    KeptAnswers(Compression compression) {
        this.compression = compression;
    }

    /** The latest answer kept for this view, whichever version of the data it was made for. */
    synchronized Answer get(String view) {
        return answers.get(view);
    }

    /** Claims the making of this view's answer; false when another request is making it now. */
    boolean startMaking(String view) {
        return making.add(view);
    }

    /** Gives back the claim of {@link #startMaking}. */
    void doneMaking(String view) {
        making.remove(view);
    }

    /**
     * Keeps a page's answer, held whole in {@code page}, when it can serve others: a 200 that sets no cookie and is
     * not too large. {@code before} names the headers that were set before the page was made; {@code made} is when.
     */
    void keep(String view, String tag, long made, Page page, HttpServletResponse response, Collection<String> before) {
        if (page.getStatus() != HttpServletResponse.SC_OK
                || page.getContentSize() > LARGEST
                || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                || page.getContentType() == null) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!before.contains(name) && NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
                headers.put(name, List.copyOf(new ArrayList<>(response.getHeaders(name))));
            }
        }
        byte[] body = page.getContentAsByteArray();
        put(
                view,
                new Answer(
                        tag,
                        made,
                        page.getContentType(),
                        page.locale,
                        Map.copyOf(headers),
                        body,
                        compressible(page.getContentType(), body) ? gzip(body) : null));
    }

    private synchronized void put(String view, Answer answer) {
        Answer old = answers.put(view, answer);
        bytes += answer.size() - (old == null ? 0 : old.size());
        Iterator<Answer> eldest = answers.values().iterator();
        while (bytes > CAPACITY && eldest.hasNext()) {
            bytes -= eldest.next().size();
            eldest.remove();
        }
    }

    /** Whether the server would compress this answer: by its settings' types and least size. */
    private boolean compressible(String contentType, byte[] body) {
        if (!compression.getEnabled()
                || body.length < compression.getMinResponseSize().toBytes()) {
            return false;
        }
        MimeType type = MimeType.valueOf(contentType);
        return Arrays.stream(compression.getMimeTypes())
                .anyMatch(listed -> MimeType.valueOf(listed).equalsTypeAndSubtype(type));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return compressed.toByteArray();
    }

    /** An answer held whole until it is sent, remembering the language it was given (sent when it is). */
    static final class Page extends ContentCachingResponseWrapper {

        private Locale locale;

        Page(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            this.locale = locale;
            super.setLocale(locale);
        }
    }
}
