package org.defencetracker.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.defencetracker.shared.DatabaseUnavailable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What is answered when a request was refused before any controller took it (the firewall, a request that does not
 * decode, an unknown address, a failure in a filter): the application's own error page, or problem details under
 * {@code /api/}, whatever the client asked for. Nothing of the failure is shown.
 */
@Controller
public class ErrorAnswers implements ErrorController {

    /** A request attribute holding the message key that says what was wrong with the request. */
    public static final String DETAIL = "org.defencetracker.error.detail";

    private final MessageSource messages;

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        HttpStatus status = status(request);
        // A filter that could not reach the database (the sessions' store, say) is not a fault of ours.
        boolean busy = false;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.is(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            busy = DatabaseUnavailable.isBusy(failure);
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        String path = originalPath(request);
        String detail = request.getAttribute(DETAIL) instanceof String key ? key : null;
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    status, messages.getMessage(detail != null ? detail : "error.api." + family(status), null, locale));
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String view = switch (status) {
            case BAD_REQUEST -> "error/400";
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            case SERVICE_UNAVAILABLE -> "error/503";
            default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("busy", busy);
        page.addObject("path", path);
        page.addObject("detail", detail);
        return page;
    }

    private static String family(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "400";
            case UNAUTHORIZED -> "401";
            case FORBIDDEN -> "403";
            case NOT_FOUND -> "404";
            case METHOD_NOT_ALLOWED -> "405";
            case PAYLOAD_TOO_LARGE -> "413";
            case UNSUPPORTED_MEDIA_TYPE -> "415";
            case SERVICE_UNAVAILABLE -> "503";
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path ? path : request.getRequestURI();
    }
}
