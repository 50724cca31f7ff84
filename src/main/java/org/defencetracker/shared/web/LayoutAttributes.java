package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: where we are, for the navigation, and who is signed in. */
@ControllerAdvice
class LayoutAttributes {

    private final RoleHierarchy roles;

    LayoutAttributes(RoleHierarchy roles) {
        this.roles = roles;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** This page with its query, for the sign-in link to return to; null where signing in should not return. */
    @ModelAttribute("returnAddress")
    String returnAddress(HttpServletRequest request) {
        return ReturnAddress.of(request);
    }

    /** Whether the signed-in account may manage accounts (the navigation then offers them). */
    @ModelAttribute("currentUserIsAdmin")
    boolean currentUserIsAdmin() {
        return holds("ROLE_ADMIN");
    }

    /**
     * Whether the signed-in account may add and change records (the pages then offer their forms). The same role
     * hierarchy as the security rules decides, so an administrator is offered what an editor is.
     */
    @ModelAttribute("currentUserCanEdit")
    boolean currentUserCanEdit() {
        return holds("ROLE_EDITOR");
    }

    /** The signed-in account's name, or null. */
    @ModelAttribute("currentUser")
    String currentUser(HttpServletRequest request) {
        return request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
    }

    private boolean holds(String role) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            return false;
        }
        return roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role::equals);
    }
}
