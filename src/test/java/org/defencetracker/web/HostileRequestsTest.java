package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed and hostile requests, as an attacker or a careless client sends them, over a real socket to the running
 * application. Whatever arrives, the answer is never a server error, never shows SQL or exception text, always
 * carries the security headers, and is JSON on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileRequestsTest {

    /** What the timeline's addresses read from their query, all of them through one parser. */
    private static final List<String> TIMELINE_PARAMETERS = List.of(
            "from",
            "to",
            "kind",
            "body",
            "region",
            "origin",
            "attribution",
            "q",
            "before",
            "after",
            "size",
            "at",
            "zoom",
            "recordedOn");

    /** Percent-encoding that does not decode, and bytes that are not UTF-8 (overlong, a lone surrogate, none). */
    private static final List<String> MALFORMED = List.of("%ZZ", "%", "%C0%AF", "%ED%A0%80", "%FF%FE");

    private static final List<String> LEAKS = List.of(
            "Exception",
            "at org.",
            "at java.",
            "SQL",
            "ERROR:",
            "jdbc",
            "org.postgresql",
            "org.hibernate",
            "Whitelabel",
            "Apache Tomcat");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void malformedQueriesOfEveryReadAddressAreRefusedWithA400() throws Exception {
        Map<String, Set<String>> reads = readAddresses();
        assertThat(reads).containsKeys("/timeline", "/api/v1/timeline", "/feed.atom", "/timeline.csv", "/search");
        for (Map.Entry<String, Set<String>> read : reads.entrySet()) {
            String path = read.getKey();
            for (String parameter : read.getValue()) {
                for (String bad : MALFORMED) {
                    expect(path + "?" + parameter + "=a" + bad, 400);
                }
                // NUL decodes, but no text of the record can hold it.
                expect(path + "?" + parameter + "=a%00b", 400);
            }
            expect(path + "?q%00=x", 400);
            expect(path + "?%ZZ=x", 400);
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(300);
    }

    @Test
    void addressesTheFirewallOrTheServerRefuseGetTheApplicationsPage() throws Exception {
        List<String> targets = List.of(
                "/acts/1;x=y",
                "//acts",
                "/acts/%2e%2e/admin/accounts",
                "/acts%2F1",
                "/acts/%00",
                "/acts/%25%00",
                "/acts/1%5C..",
                "/api/v1/acts/1;x=y",
                "/api/v1/acts/%2e%2e/1",
                "/timeline?q=" + "a".repeat(9000));
        for (String target : targets) {
            expect(target, 400);
        }
        assertThat(failures).isEmpty();
    }

    /** Sends one request; {@code status} 0 accepts any answer that is not a server error. */
    private void expect(String target, int status) throws Exception {
        sent++;
        RawHttp.Answer answer = RawHttp.get(port, target, "Accept: text/html,application/json;q=0.9");
        String shown = target.length() > 80 ? target.substring(0, 80) + "…" : target;
        if (answer.status() >= 500 || (status != 0 && answer.status() != status)) {
            failures.add(shown + " answered " + answer.status());
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                failures.add(shown + " shows " + leak);
            }
        }
        for (String header : List.of(
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Content-Security-Policy",
                "Referrer-Policy",
                "Permissions-Policy")) {
            if (answer.header(header) == null) {
                failures.add(shown + " lacks " + header);
            }
        }
        String type = String.valueOf(answer.header("Content-Type"));
        if (answer.status() >= 400) {
            boolean api = target.startsWith("/api/");
            if (api && !type.contains("json")) {
                failures.add(shown + " answered " + type + " on the API");
            }
            if (!api && !(type.contains("text/html") && answer.body().contains("page--error"))) {
                failures.add(shown + " answered without the application's error page: " + type);
            }
        }
    }

    /** Every address that reads, with the query parameters its handler takes. */
    private Map<String, Set<String>> readAddresses() {
        Map<String, Set<String>> reads = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            Set<String> parameters = new LinkedHashSet<>();
            for (Parameter parameter : mapping.getValue().getMethod().getParameters()) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                if (MultiValueMap.class.isAssignableFrom(parameter.getType())
                        || Map.class.isAssignableFrom(parameter.getType())) {
                    parameters.addAll(TIMELINE_PARAMETERS);
                } else {
                    String name = !param.name().isEmpty() ? param.name() : param.value();
                    parameters.add(name.isEmpty() ? parameter.getName() : name);
                }
            }
            if (parameters.isEmpty()) {
                parameters.add("q");
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.contains("swagger")) {
                    continue;
                }
                reads.computeIfAbsent(pattern.replaceAll("\\{[^}]+}", "1"), p -> new LinkedHashSet<>())
                        .addAll(parameters);
            }
        }
        return reads;
    }
}
