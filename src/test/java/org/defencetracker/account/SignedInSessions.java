package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real sign-ins through the form, each giving the session cookie that a browser would keep. */
final class SignedInSessions {

    private SignedInSessions() {}

    static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
        Cookie session = mvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie of " + username).isNotNull();
        return session;
    }

    /** A request from this client address (the sign-in throttle counts failures per address). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
