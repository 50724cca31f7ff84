package org.defencetracker.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.AccountView;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a request that may write is authorised, the signed-in account is read again: a session remembers the role
 * it was signed in with, and an account disabled since is signed out (the request then meets the sign-in page), one
 * whose role changed is judged by its role now (a lesser one is refused). Reading requests are left alone; that
 * costs one indexed query per write. (HTTP Basic reads the account on every request anyway.)
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AccountService accounts;

    AccountStateFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (READS.contains(request.getMethod())
                || signedIn == null
                || !signedIn.isAuthenticated()
                || signedIn instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        // Accounts are disabled, never deleted; a name that was never an account is not this check's to judge.
        Optional<AccountView> account = accounts.find(signedIn.getName());
        if (account.isPresent() && !account.get().enabled()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        } else if (account.isPresent() && !roles(signedIn).equals(Set.of(role(account.get())))) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            // The role of now, beside what else sign-in granted (such as the factor it was made with).
            List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities().stream()
                    .filter(authority ->
                            !String.valueOf(authority.getAuthority()).startsWith("ROLE_"))
                    .toList());
            authorities.add(new SimpleGrantedAuthority(role(account.get())));
            UsernamePasswordAuthenticationToken current =
                    UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
            current.setDetails(signedIn.getDetails());
            context.setAuthentication(current);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }

    private static String role(AccountView account) {
        return "ROLE_" + account.role().name();
    }
}
