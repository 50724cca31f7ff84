package org.defencetracker.config.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, in one place: pages, API, static files, the firewall's refusals and the
 * server's own refusals of requests it cannot parse all send the same ones.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Nothing the pages do needs a device or a powerful feature of the browser. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "usb=(), xr-spatial-tracking=(), interest-cohort=()";

    /** Two years, subdomains included: once a browser has seen the site over HTTPS it never tries plain HTTP. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    private SecurityHeaders() {}

    /** {@code secure}: the request came over HTTPS (directly, or through a proxy the server trusts to say so). */
    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
