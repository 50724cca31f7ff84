package org.defencetracker.config.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * A response made apart from the one a reader was given, after that one was sent: its status, headers and body stay
 * here and nothing reaches the reader's connection. It starts with the character encoding and language of the
 * reader's response, as the filters before the page set them. The body is meant to be held by a wrapper that keeps
 * it ({@link KeptAnswers.Page}); what is written here directly is dropped.
 */
final class DetachedResponse extends HttpServletResponseWrapper {

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private int status = SC_OK;
    private String contentType;
    private String encoding;
    private Locale locale;
    private ServletOutputStream output;
    private PrintWriter writer;

    DetachedResponse(HttpServletResponse sent) {
        super(sent);
        this.encoding = sent.getCharacterEncoding();
        this.locale = sent.getLocale();
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int status) {
        this.status = status;
    }

    @Override
    public void sendError(int status, String message) {
        this.status = status;
    }

    @Override
    public void sendRedirect(String location) {
        sendRedirect(location, SC_FOUND, true);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) {
        this.status = status;
        setHeader(HttpHeaders.LOCATION, location);
    }

    @Override
    public void setHeader(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, new ArrayList<>(List.of(value)));
        }
    }

    @Override
    public void addHeader(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, httpDate(date));
    }

    private static String httpDate(long date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC));
    }

    @Override
    public void addCookie(Cookie cookie) {
        addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(cookie.getName(), cookie.getValue()).build().toString());
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public String getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    @Override
    public Collection<String> getHeaderNames() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
        if (type != null) {
            int charset = type.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (charset >= 0) {
                encoding = type.substring(charset + "charset=".length()).trim();
            }
        }
    }

    @Override
    public String getContentType() {
        if (contentType == null
                || encoding == null
                || contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            return contentType;
        }
        return contentType + ";charset=" + encoding;
    }

    @Override
    public void setCharacterEncoding(String encoding) {
        this.encoding = encoding;
    }

    @Override
    public String getCharacterEncoding() {
        return encoding;
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public void setContentLength(int length) {
        // The length is the kept body's, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long length) {
        // As above.
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (output == null) {
            output = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    // Dropped: the body is kept by the wrapper above.
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a detached answer is written at once");
                }
            };
        }
        return output;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(
                    new OutputStreamWriter(getOutputStream(), Charset.forName(encoding == null ? "UTF-8" : encoding)));
        }
        return writer;
    }

    @Override
    public void setBufferSize(int size) {
        // The reader's response is sent already; this one is not buffered apart.
    }

    @Override
    public void flushBuffer() {
        // Nothing to send.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        headers.clear();
        status = SC_OK;
        contentType = null;
    }

    @Override
    public void resetBuffer() {
        // The body is the wrapper's.
    }
}
