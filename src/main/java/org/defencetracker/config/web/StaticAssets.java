package org.defencetracker.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The stylesheets and scripts, linked with a hash of their content ({@code /css/app.css?v=…}, written by the layout
 * through {@link #url}), so that a browser may keep them for a year and still gets a changed file at once: its
 * address changes with it. Only these few links are versioned, by this class; the pages' other links are written as
 * they are (see the resource chain in application.yml). A file asked for without its current hash is kept only
 * briefly.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StaticAssets extends OncePerRequestFilter {

    static final String VERSIONED = "max-age=31536000, immutable";
    static final String UNVERSIONED = "max-age=600";

    /** Address → hash of the content, for every stylesheet and script. */
    private final Map<String, String> versions = new HashMap<>();

    StaticAssets() throws IOException {
        PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();
        for (String folder : new String[] {"css", "js"}) {
            for (Resource file : files.getResources("classpath:/static/" + folder + "/*.*")) {
                try (InputStream content = file.getInputStream()) {
                    versions.put(
                            "/" + folder + "/" + file.getFilename(),
                            DigestUtils.md5DigestAsHex(content).substring(0, 16));
                }
            }
        }
    }

    /** The address of a stylesheet or script with its content's hash; other addresses as they are. */
    public String url(String path) {
        String version = versions.get(path);
        return version == null ? path : path + "?v=" + version;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !versions.containsKey(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean current = versions.get(path(request)).equals(request.getParameter("v"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, current ? VERSIONED : UNVERSIONED);
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
