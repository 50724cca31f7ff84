package org.defencetracker.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/** What the server found when it read a request's body for its fields. */
public final class RequestBodies {

    private RequestBodies() {}

    /**
     * Whether a body sent in chunks (its length not said beforehand) proved larger than the server reads: reading
     * its fields stops there, and the server says so in the failure it reports. A body of known length is judged by
     * that length instead, before anything reads it.
     */
    public static boolean provedTooLarge(HttpServletRequest request) {
        if (request.getContentLengthLong() >= 0) {
            return false;
        }
        String type = request.getContentType();
        try {
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            } else {
                request.getParameterMap();
            }
        } catch (IllegalStateException | IOException | ServletException ex) {
            // Any other failure is left to whoever reads the fields next.
            return tooLarge(ex);
        }
        return false;
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid
                    && invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                return true;
            }
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }
}
