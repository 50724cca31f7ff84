package org.defencetracker.account.web;

import org.defencetracker.account.AccountService;
import org.defencetracker.account.ApiTokens;
import org.defencetracker.account.SignInThrottle;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The account checks every security filter chain carries (Spring Security applies each {@code Customizer} of
 * {@link HttpSecurity} to every chain it builds): the sign-in throttle before any password is checked, the
 * account's current state before a write is authorised, and API tokens where the JSON API is called with one. They are made here rather than as beans, so that they are
 * not also registered as filters of every request.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    @Bean
    Customizer<HttpSecurity> accountChecks(
            SignInThrottle throttle, AccountService accounts, ApiTokens tokens, MessageSource messages) {
        return http -> http.addFilterBefore(
                        new SignInThrottleFilter(throttle, messages), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class);
    }
}
