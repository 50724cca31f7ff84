package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a reader goes back to after signing in: a path of this site with its query, never an address elsewhere
 * ({@code //host}, {@code https://…}, a backslash that browsers read as a slash) and never the sign-in itself.
 */
public final class ReturnAddress {

    /** The name of the parameter that carries it, from the sign-in link to the form and through a failed attempt. */
    public static final String PARAMETER = "next";

    private static final int LONGEST = 2000;

    private ReturnAddress() {}

    /** The address if it is one to return to, else null. */
    public static String of(String next) {
        if (next == null || next.length() > LONGEST || !next.startsWith("/") || next.startsWith("//")) {
            return null;
        }
        if (next.chars().anyMatch(c -> c <= ' ' || c > '~' || c == '\\')) {
            return null;
        }
        String path = next.split("[?#]", 2)[0];
        if (path.equals("/login") || path.equals("/logout") || path.startsWith("/error")) {
            return null;
        }
        return next;
    }

    /** The page of this request, to return to after signing in from it; null for pages that are not. */
    public static String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return of(query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query);
    }
}
