package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: where we are, for the navigation, and who is signed in. */
@ControllerAdvice
class LayoutAttributes {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Whether the signed-in account may manage accounts (the navigation then offers them). */
    @ModelAttribute("currentUserIsAdmin")
    boolean currentUserIsAdmin(HttpServletRequest request) {
        return request.isUserInRole("ADMIN");
    }

    /** Whether the signed-in account may add and change records (the pages then offer their forms). */
    @ModelAttribute("currentUserCanEdit")
    boolean currentUserCanEdit(HttpServletRequest request) {
        return request.isUserInRole("EDITOR");
    }

    /** The signed-in account's name, or null. */
    @ModelAttribute("currentUser")
    String currentUser(HttpServletRequest request) {
        return request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
    }
}
