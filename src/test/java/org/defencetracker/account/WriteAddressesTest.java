package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.RelationType;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address that writes, found in the application's own request mappings rather than listed by hand, so that a
 * new form or endpoint cannot forget its protection: without an account it is refused, an analyst is refused (but
 * on their own account), and a
 * page form without its CSRF token is refused even for an editor. None of the refused requests changes anything.
 * An address that names a record under another one changes it only when it really is that one's.
 */
@WebPageTest
@Import(TestRecords.class)
class WriteAddressesTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    /** Signing in and out are writes that anyone may make. */
    private static final Set<String> OPEN = Set.of("/login", "/logout");

    /** One's own account (its password, its API tokens) is any signed-in person's to change, an analyst's too. */
    private static final Set<String> ANY_ACCOUNT = Set.of(
            "/account/password",
            "/account/tokens",
            "/account/tokens/{id}/revoke",
            "/api/v1/tokens",
            "/api/v1/tokens/{id}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Test
    void everyWriteAddressRefusesAnonymousVisitorsAnalystsAndFormsWithoutCsrfToken() throws Exception {
        List<Write> writes = writes();
        // The forms and the API of every record kind; a guard against the lookup finding nothing.
        assertThat(writes)
                .extracting(Write::path)
                .contains("/acts", "/bodies/{id}", "/incidents/{id}/archive", "/sources", "/statements/{id}/restore")
                .contains("/admin/accounts", "/api/v1/sources", "/api/v1/incidents/{id}")
                .contains("/account/password", "/admin/accounts/{id}/password");
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
            if (analyst != 403 && !ANY_ACCOUNT.contains(write.path())) {
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

    @Test
    void everyAddressOfARecordUnderAnotherRefusesOneThatIsNotItsOwnOrDoesNotExist() throws Exception {
        List<Write> nested =
                writes().stream().filter(write -> write.variables() >= 2).toList();
        assertThat(nested).extracting(Write::toString).contains("POST /acts/{id}/relations/{relationId}/delete");
        Map<String, Nested> cases = nestedCases();

        List<String> failures = new ArrayList<>();
        for (Write write : nested) {
            Nested kind = cases.get(write.toString());
            if (kind == null) {
                failures.add(write + " names a record under another, but this test cannot yet build one for it");
                continue;
            }
            Addresses addresses = kind.addresses().get();
            for (List<Object> values : List.of(addresses.ofAnotherParent(), addresses.missing())) {
                long changesBefore = changes();
                long childrenBefore = rows(kind.table());
                MvcResult result = mvc.perform(write.toRequest(values)
                                .with(csrf())
                                .with(user("writer").roles("EDITOR")))
                        .andReturn();
                int status = result.getResponse().getStatus();
                if (status != 404) {
                    failures.add(write + " with " + values + " answered " + status);
                }
                if (changes() != changesBefore || rows(kind.table()) != childrenBefore) {
                    failures.add(write + " with " + values + " changed the record");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * For each address that names a record under another, the path values that name a record of another parent, and
     * values that name one that does not exist, with the table that holds such records.
     */
    private Map<String, Nested> nestedCases() {
        return Map.of("POST /acts/{id}/relations/{relationId}/delete", new Nested("act_relation", () -> {
            ActView act = act();
            ActView other = act();
            ActView related = act();
            acts.relate(other.id(), RelationType.AMENDS, related.id());
            long relationOfOther = acts.relationsOf(other.id()).get(0).id();
            return new Addresses(List.of(act.id(), relationOfOther), List.of(act.id(), unusedId("act_relation")));
        }));
    }

    private ActView act() {
        BodyView issuer = records.body("Owning issuer");
        SourceView source = records.source();
        return records.act(issuer.id())
                .kind(ActKind.LAW)
                .titled("Owning law " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(LocalDate.of(1997, 5, 6)))
                .citing(source)
                .issue();
    }

    private long unusedId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) + 1000 from " + table)
                .query(Long.class)
                .single();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Values for the path variables, in order: a child of another parent, and a child that does not exist. */
    private record Addresses(List<Object> ofAnotherParent, List<Object> missing) {}

    private record Nested(String table, Supplier<Addresses> addresses) {}

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

        MockHttpServletRequestBuilder toRequest(List<Object> values) {
            Matcher matcher = PATH_VARIABLE.matcher(path);
            StringBuilder address = new StringBuilder();
            int next = 0;
            while (matcher.find()) {
                matcher.appendReplacement(address, String.valueOf(values.get(next++)));
            }
            matcher.appendTail(address);
            return request(method, address.toString());
        }

        int variables() {
            Matcher matcher = PATH_VARIABLE.matcher(path);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
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
