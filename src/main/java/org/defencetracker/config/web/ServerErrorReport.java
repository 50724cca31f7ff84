package org.defencetracker.config.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request the server refuses before the application sees it (a path with an encoded {@code ..} or
 * NUL, a request line longer than the server reads): the application's plain error page, or problem details under
 * {@code /api/}, with the same security headers as every other answer, instead of the server's bare report.
 */
@Component
class ServerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    ServerErrorReport(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String title = messages.getMessage("error.400.title", null, Locale.ENGLISH);
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + " · "
                + HtmlUtils.htmlEscape(messages.getMessage("app.name", null, Locale.ENGLISH)) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
                + "<main id=\"main\" class=\"page page--error\"><p class=\"eyebrow\">"
                + HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] {"400"}, Locale.ENGLISH))
                + "</p><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(messages.getMessage("error.400.refused", null, Locale.ENGLISH)) + "</p>"
                + "<p><a class=\"button\" href=\"/timeline\">"
                + HtmlUtils.htmlEscape(messages.getMessage("error.back", null, Locale.ENGLISH))
                + "</a></p></main></body></html>\n";
        String problem = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                + messages.getMessage("error.400.refused", null, Locale.ENGLISH).replace("\"", "'") + "\"}";
        factory.addContextCustomizers(context -> context.getParent()
                .getPipeline()
                .addValve(new Report(page.getBytes(StandardCharsets.UTF_8), problem.getBytes(StandardCharsets.UTF_8))));
    }

    /** Writes the page for any error the server reports itself; errors the application answered are left alone. */
    static final class Report extends ErrorReportValve {

        private final byte[] page;
        private final byte[] problem;

        Report(byte[] page, byte[] problem) {
            this.page = page;
            this.problem = problem;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.resetBuffer();
                SecurityHeaders.apply(response, request.isSecure());
                response.setHeader("Cache-Control", "no-store");
                response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
                byte[] body = api ? problem : page;
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException ex) {
                // The client is gone or the answer was already under way: nothing more can be sent.
            }
        }
    }
}
