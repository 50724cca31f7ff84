package org.defencetracker.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.defencetracker.shared.web.ReturnAddress;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Where a successful sign-in lands: the page a reader was refused (kept in a cookie, no session before signing in),
 * else the page whose sign-in link they followed, else the timeline.
 */
class ReturnAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    final CookieRequestCache requests = new CookieRequestCache();

    ReturnAfterSignIn() {
        setRequestCache(requests);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String next = ReturnAddress.of(request.getParameter(ReturnAddress.PARAMETER));
        return next != null ? next : super.determineTargetUrl(request, response);
    }
}
