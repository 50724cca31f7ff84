package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.defencetracker.shared.Constraints;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.ParameterRefusal;
import org.defencetracker.shared.RecordNotFoundException;
import org.defencetracker.shared.web.api.ProblemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every failure of a page ends on a friendly page with the right status: 404 for what does not exist, 400 naming
 * the parameter that cannot be used, 500 (logged, never shown) for our own faults. Under {@code /api/}, where no
 * API controller took the request (an unknown address, a method or a content type the address does not take), the
 * answer is problem details instead, whatever the client asked for.
 */
@ControllerAdvice
@Order(100)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, request, response);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView badParameter(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response) {
        return badRequest(ex.parameter(), ex.value(), ex.reason(), request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(
            MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response) {
        // A path that does not parse ("/acts/abc") names no record: it is an unknown address.
        if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return page(HttpStatus.NOT_FOUND, request, response);
        }
        return badRequest(
                ex.getName(),
                ex.getValue() == null ? null : String.valueOf(ex.getValue()),
                ParameterRefusal.statedReason(ex).orElse("error.parameter.format"),
                request,
                response);
    }

    /** Query parameters bound to a typed query that cannot be used: the first of them is named. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ModelAndView badQuery(
            MethodArgumentNotValidException ex, HttpServletRequest request, HttpServletResponse response) {
        return badParameter(
                ParameterRefusal.of(ex.getBindingResult(), ex.getParameter().getParameterType()), request, response);
    }

    /** A form field that names no place in the form, such as the ten-thousandth row of a list. */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ModelAndView badField(
            org.springframework.beans.InvalidPropertyException ex,
            HttpServletRequest request,
            HttpServletResponse response) {
        return badRequest(ex.getPropertyName(), null, "error.parameter.format", request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(
            MissingServletRequestParameterException ex, HttpServletRequest request, HttpServletResponse response) {
        return badRequest(ex.getParameterName(), null, "error.parameter.missing", request, response);
    }

    /** A write the database refused for a reason no form check knew of: said plainly, without its SQL. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView refusedByTheDatabase(
            org.springframework.dao.DataIntegrityViolationException ex,
            HttpServletRequest request,
            HttpServletResponse response) {
        log.warn(
                "Request {} {} refused by the database (constraint {})",
                request.getMethod(),
                request.getRequestURI(),
                Constraints.violated(ex));
        ModelAndView page = page(HttpStatus.CONFLICT, request, response);
        if (page.getViewName() != null) {
            page.addObject("detail", "error.409.stored");
        }
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
        if (ex instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            // 405 says which methods the address takes, 415 which content types it reads.
            known.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            return page(HttpStatus.valueOf(status.value()), request, response);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            // Nobody is left to answer: not a failure of ours, and nothing to write.
            log.debug(
                    "Request {} {}: the client left before the answer was written",
                    request.getMethod(),
                    request.getRequestURI());
            return new ModelAndView();
        }
        if (DatabaseUnavailable.is(ex)) {
            log.warn(
                    "Request {} {} not answered: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseUnavailable.describe(ex));
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            ModelAndView page = page(HttpStatus.SERVICE_UNAVAILABLE, request, response);
            if (page.getViewName() != null) {
                page.addObject("busy", DatabaseUnavailable.isBusy(ex));
            }
            return page;
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, request, response);
    }

    private ModelAndView badRequest(
            String parameter, String value, String reason, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, request, response);
        if (page.getViewName() != null) {
            page.addObject("parameter", parameter);
            page.addObject("value", value);
            page.addObject("reason", reason);
        }
        return page;
    }

    private ModelAndView page(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            try {
                ProblemResponse.write(
                        request,
                        response,
                        status,
                        messages.getMessage(
                                "error.api." + status.value(),
                                null,
                                messages.getMessage(
                                        "error.api." + status.series().value() + "xx",
                                        null,
                                        RequestContextUtils.getLocale(request)),
                                RequestContextUtils.getLocale(request)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            // Written: nothing is left to render.
            return new ModelAndView();
        }
        String view = switch (status) {
            case NOT_FOUND -> "error/404";
            case SERVICE_UNAVAILABLE -> "error/503";
            case INTERNAL_SERVER_ERROR -> "error/500";
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("path", request.getRequestURI());
        return page;
    }
}
