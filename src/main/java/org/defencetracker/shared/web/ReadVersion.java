package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The data's version a request is answered for, when something before the page has read it (the conditional reads
 * of readers who have not signed in): what the page keeps per version of the data is then keyed by the same one.
 */
public final class ReadVersion {

    static final String ATTRIBUTE = ReadVersion.class.getName();

    private ReadVersion() {}

    /** Records the version this request is answered for. */
    public static void set(HttpServletRequest request, long version) {
        request.setAttribute(ATTRIBUTE, version);
    }

    /** The version this request is answered for, or null when the page is to read it itself. */
    public static Long of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Long version ? version : null;
    }
}
