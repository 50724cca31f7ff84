package org.defencetracker.shared.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written straight to a response, for answers given before a controller is reached (filters,
 * security's entry points), where {@link ApiProblems} does not run. The same fields as {@link ApiProblems}' answers.
 */
public final class ProblemResponse {

    private ProblemResponse() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        // Only printable ASCII of the path: what a hostile request put there is not echoed as it came.
        problem.put("instance", request.getRequestURI().replaceAll("[^\\x21-\\x7e]", ""));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }

    /** The same, its detail the message {@code key} of the bundle, in the language the request asks for. */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            MessageSource messages,
            String key,
            Object... args)
            throws IOException {
        write(request, response, status, messages.getMessage(key, args, RequestContextUtils.getLocale(request)));
    }
}
