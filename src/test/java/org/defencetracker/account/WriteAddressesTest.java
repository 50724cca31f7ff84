package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address that writes, found in the application's own request mappings rather than listed by hand, so that a
 * new form or endpoint cannot forget its protection: without an account it is refused, an analyst is refused, and a
 * page form without its CSRF token is refused even for an editor. None of the refused requests changes anything.
 */
@WebPageTest
class WriteAddressesTest {

    /** Signing in and out are writes that anyone may make. */
    private static final Set<String> OPEN = Set.of("/login", "/logout");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteAddressRefusesAnonymousVisitorsAnalystsAndFormsWithoutCsrfToken() throws Exception {
        List<Write> writes = writes();
        // The forms and the API of every record kind; a guard against the lookup finding nothing.
        assertThat(writes)
                .extracting(Write::path)
                .contains("/acts", "/bodies/{id}", "/incidents/{id}/archive", "/sources", "/statements/{id}/restore")
                .contains("/admin/accounts", "/api/v1/sources", "/api/v1/incidents/{id}");
        long changesBefore = changes();

        List<String> failures = new ArrayList<>();
        for (Write write : writes) {
            boolean api = write.path().startsWith("/api/");
            MvcResult anonymous = mvc.perform(write.toRequest().with(csrf())).andReturn();
            int status = anonymous.getResponse().getStatus();
            String location = anonymous.getResponse().getHeader("Location");
            boolean refused = api ? status == 401 : status == 302 && location != null && location.endsWith("/login");
            if (!refused) {
                failures.add(write + " without an account answered " + status + " " + location);
            }

            int analyst = mvc.perform(
                            write.toRequest().with(csrf()).with(user("reader").roles("ANALYST")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (analyst != 403) {
                failures.add(write + " by an analyst answered " + analyst);
            }

            if (!api) {
                int noToken = mvc.perform(write.toRequest().with(user("writer").roles("EDITOR", "ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (noToken != 403) {
                    failures.add(write + " without a CSRF token answered " + noToken);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changes()).isEqualTo(changesBefore);
    }

    private long changes() {
        return jdbc.sql("select count(*) from record_change").query(Long.class).single();
    }

    private List<Write> writes() {
        Set<Write> found = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (OPEN.contains(path)) {
                    continue;
                }
                for (RequestMethod method : methods) {
                    if (method != RequestMethod.GET
                            && method != RequestMethod.HEAD
                            && method != RequestMethod.OPTIONS) {
                        found.add(new Write(method.asHttpMethod(), path));
                    }
                }
            }
        });
        return List.copyOf(found);
    }

    private record Write(HttpMethod method, String path) implements Comparable<Write> {

        MockHttpServletRequestBuilder toRequest() {
            // Any id will do: the refusal must come before the record is even looked up.
            return request(method, path.replaceAll("\\{[^}]+}", "1"));
        }

        @Override
        public int compareTo(Write other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
