package org.defencetracker.shared.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.shared.Constraints;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.ParameterRefusal;
import org.defencetracker.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every failure of the JSON API as RFC 9457 problem details ({@code application/problem+json}): 404 for what does
 * not exist, 400 with an {@code errors} array naming each field or parameter and its message, 409 for a save from
 * a stale version, 500 (logged, never shown) for our own faults. It is ordered before the error pages, which
 * would otherwise answer the API with HTML.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, message("error.api.noRecord", locale), request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(
            InvalidParameterException ex, HttpServletRequest request, Locale locale) {
        return invalid(List.of(error(ex.parameter(), message(ex.reason(), locale))), request, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(
            MissingServletRequestParameterException ex, HttpServletRequest request, Locale locale) {
        return invalid(
                List.of(error(ex.getParameterName(), message("error.parameter.missing", locale))), request, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(
            MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
        // An id that does not parse ("/api/v1/acts/abc") names no record.
        if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, message("error.api.noRecord", locale), request);
        }
        String reason = ParameterRefusal.statedReason(ex).orElse("error.parameter.format");
        return invalid(List.of(error(ex.getName(), message(reason, locale))), request, locale);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidFields(BindException ex, HttpServletRequest request, Locale locale) {
        // Query parameters bound to a typed query: the first that cannot be used is named, as on the pages.
        if (ex instanceof MethodArgumentNotValidException invalid
                && !invalid.getParameter().hasParameterAnnotation(RequestBody.class)) {
            return badParameter(
                    ParameterRefusal.of(
                            invalid.getBindingResult(), invalid.getParameter().getParameterType()),
                    request,
                    locale);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        for (ObjectError error : ex.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(error(field, messages.getMessage(error, locale)));
        }
        return invalid(errors, request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(
            HttpMessageNotReadableException ex, HttpServletRequest request, Locale locale) {
        // A value of the wrong type is named by its place in the body, so the client knows what to correct.
        if (ex.getCause() instanceof DatabindException mismatch
                && !mismatch.getPath().isEmpty()) {
            return invalid(
                    List.of(error(field(mismatch.getPath()), message(typeMessage(mismatch), locale))), request, locale);
        }
        return problem(HttpStatus.BAD_REQUEST, message("error.api.unreadable", locale), request);
    }

    private static String typeMessage(DatabindException mismatch) {
        Class<?> type = mismatch instanceof MismatchedInputException input ? input.getTargetType() : null;
        if (type == null) {
            return "error.json.type";
        }
        if (type.isEnum()) {
            return "error.json.enum";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "error.json.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "error.json.boolean";
        }
        return type == String.class ? "error.json.text" : "error.json.type";
    }

    /** {@code stages[0].stage} for the path of references from the body's root to the value. */
    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> conflict(EditConflictException ex, HttpServletRequest request, Locale locale) {
        ResponseEntity<ProblemDetail> answer =
                problem(HttpStatus.CONFLICT, message("error.api.conflict", locale), request);
        answer.getBody().setProperty("editedVersion", ex.editedVersion());
        return answer;
    }

    /** A write the database refused for a reason no input check knew of: said plainly, without its SQL. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByTheDatabase(
            org.springframework.dao.DataIntegrityViolationException ex, HttpServletRequest request, Locale locale) {
        log.warn(
                "Request {} {} refused by the database (constraint {})",
                request.getMethod(),
                request.getRequestURI(),
                Constraints.violated(ex));
        return problem(HttpStatus.CONFLICT, message("error.api.stored", locale), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, Locale locale) {
        if (ex instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            ResponseEntity<ProblemDetail> answer =
                    problem(status, known.getBody().getDetail(), request);
            Map<String, Object> properties = known.getBody().getProperties();
            if (properties != null) {
                properties.forEach(answer.getBody()::setProperty);
            }
            return answer;
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            // Nobody is left to answer: not a failure of ours, and nothing to write.
            log.debug(
                    "Request {} {}: the client left before the answer was written",
                    request.getMethod(),
                    request.getRequestURI());
            return null;
        }
        if (DatabaseUnavailable.is(ex)) {
            log.warn(
                    "Request {} {} not answered: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseUnavailable.describe(ex));
            ResponseEntity<ProblemDetail> answer = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    message(DatabaseUnavailable.isBusy(ex) ? "error.api.busy" : "error.api.unavailable", locale),
                    request);
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(answer.getBody());
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("error.api.5xx", locale), request);
    }

    private ResponseEntity<ProblemDetail> invalid(
            List<Map<String, String>> errors, HttpServletRequest request, Locale locale) {
        ResponseEntity<ProblemDetail> answer =
                problem(HttpStatus.BAD_REQUEST, message("error.api.invalid", locale), request);
        answer.getBody().setProperty("errors", errors);
        return answer;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        if (field != null) {
            error.put("field", field);
        }
        error.put("message", message);
        return error;
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
