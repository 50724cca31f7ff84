package org.defencetracker.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused before any controller sees it: the import page says so (413) and keeps
 * its form, the API answers problem details. Without this the refusal would end on the generic error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final MessageSource messages;
    private final UploadLimit limit;

    UploadTooLarge(MessageSource messages, UploadLimit limit) {
        this.messages = messages;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        String maxSize = limit.label(locale);
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("import.problem.tooLarge", new Object[] {maxSize}, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView(ImportController.PAGE, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("problem", "import.problem.tooLarge");
        page.addObject("dryRun", true);
        page.addObject("maxSize", maxSize);
        return page;
    }
}
