package org.defencetracker.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.defencetracker.shared.web.ReadVersion;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * What the timeline page shows around its list of entries (the count, the filters with their facets, the drawing,
 * the monthly chart and the map), rendered to HTML once per version of the data and kept for the next readers of
 * the same view. Its queries and its hundreds of options, marks and bars cost far more than the list itself, and
 * change only when the data does.
 *
 * <p>An entry is keyed by the data's version ({@code data_version}, raised by the database in every transaction
 * that changes content, so every instance of the app agrees on it), the view without its page cursor, the date the
 * drawing is centred on, the language and the day (the date controls' limits). The version is read before anything
 * is computed (for readers who have not signed in, the conditional reads give the one their answer is kept under),
 * so an entry never holds older data than its key says. At most {@link #CAPACITY} views are kept, the
 * least recently read going first.
 */
@Component
class TimelineSurroundings {

    static final int CAPACITY = 64;

    static final String VIEW = "timeline/surroundings :: surroundings";

    private final JdbcClient jdbc;
    private final ViewResolver views;
    private final Clock clock;
    private final Map<Key, CompletableFuture<String>> computing = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();
    private final Map<Key, String> rendered = Collections.synchronizedMap(new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    });

    TimelineSurroundings(
            JdbcClient jdbc,
            @Lazy @Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver,
            Clock clock) {
        this.jdbc = jdbc;
        this.views = thymeleafViewResolver;
        this.clock = clock;
    }

    /** One cached view: what it shows, of which data, for whom and when. */
    record Key(long version, TimelineRequest view, LocalDate anchor, Locale locale, LocalDate today) {}

    /**
     * The surroundings' HTML for this view, centred on {@code anchor} (null: the filter's newest entry), from the
     * cache or else rendered from the model that {@code compute} fills.
     */
    String html(
            TimelineRequest request,
            LocalDate anchor,
            Locale locale,
            HttpServletRequest http,
            HttpServletResponse response,
            Consumer<Model> compute) {
        Long read = ReadVersion.of(http);
        long version = read != null
                ? read
                : jdbc.sql("select version from data_version").query(Long.class).single();
        Key key = new Key(
                version,
                new TimelineRequest(
                        request.filter(),
                        null,
                        null,
                        request.size(),
                        request.at(),
                        request.zoom(),
                        request.recordedOn()),
                anchor,
                locale,
                LocalDate.now(clock));
        String html = rendered.get(key);
        if (html != null) {
            return html;
        }
        // One request computes a view; others asking for it meanwhile wait for its answer instead of computing it
        // again (at a million entries a view costs seconds of database work, and a crowd of them empties the pool).
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException ex) {
                throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
            }
        }
        try {
            html = render(compute, locale, http, response);
            computed.incrementAndGet();
            rendered.put(key, html);
            mine.complete(html);
            return html;
        } catch (RuntimeException ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** How many views are kept now. */
    int size() {
        return rendered.size();
    }

    /** How many views were computed since the start. */
    long computed() {
        return computed.get();
    }

    private String render(
            Consumer<Model> compute, Locale locale, HttpServletRequest http, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        compute.accept(model);
        try {
            View view = views.resolveViewName(VIEW, locale);
            if (view == null) {
                throw new IllegalStateException("No view " + VIEW);
            }
            Captured captured = new Captured(response);
            view.render(model, http, captured);
            captured.getWriter().flush();
            return captured.text.toString();
        } catch (Exception ex) {
            throw new IllegalStateException("The timeline's surroundings could not be rendered", ex);
        }
    }

    /** A response whose body is kept as text instead of sent, its headers and status left alone. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
