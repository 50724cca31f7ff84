package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and hostile requests, as an attacker or a careless client sends them, over a real socket to the running
 * application. Whatever arrives, the answer is never a server error, never shows SQL or exception text, always
 * carries the security headers, and is JSON on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestRecords.class)
class HostileRequestsTest {

    @Autowired
    TestRecords records;

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

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void malformedQueriesOfEveryReadAddressAreRefusedWithA400() throws Exception {
        Map<String, Set<String>> reads = readAddresses();
        assertThat(reads)
                .containsKeys(
                        "/timeline", "/api/v1/timeline", "/feed.atom", "/timeline.csv", "/incidents.csv", "/search");
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

    @Test
    void aFormLargerThanTheSiteTakesIsRefusedWholeSayingSoAndASmallerOneIsRead() throws Exception {
        // Larger than any form or upload the site takes (20 MB): refused before anything reads it.
        byte[] huge = ("nameEn=" + "a".repeat(21 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer refused = RawHttp.send(port, "POST", "/bodies", "application/x-www-form-urlencoded", huge);
        sent++;
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("page--error", "The form is larger than this site takes");
        leaks("an oversized form", refused.body());
        // Three megabytes (more than the server's own default of two) are read, so that the fields can be judged:
        // here the form is read and found to lack its token, not refused as unreadable.
        byte[] large = ("username=someone&password=" + "b".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer read = RawHttp.send(port, "POST", "/login", "application/x-www-form-urlencoded", large);
        sent++;
        assertThat(read.status()).isEqualTo(403);
        leaks("a large form", read.body());
        assertThat(failures).isEmpty();
    }

    @Test
    void aFormOrAnUploadSentInChunksLargerThanTheSiteTakesIsRefusedSayingSo() throws Exception {
        // Without a length announced beforehand, the size shows only while the body is read.
        byte[] form = ("nameEn=" + "a".repeat(21 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer refused =
                RawHttp.sendChunked(port, "POST", "/bodies", "application/x-www-form-urlencoded", form);
        sent++;
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("page--error", "The form is larger than this site takes");
        leaks("an oversized form in chunks", refused.body());

        String boundary = "chunked-upload-boundary";
        byte[] upload = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"incidents.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n"
                        + "b".repeat(21 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer sentBack =
                RawHttp.sendChunked(port, "POST", "/import", "multipart/form-data; boundary=" + boundary, upload);
        sent++;
        // Back to the import page, which says how large a file may be (as for an upload whose length was known).
        assertThat(sentBack.status()).isEqualTo(303);
        assertThat(sentBack.headers().get("location")).endsWith("/import?tooLarge");
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
        String body = withoutTokens(answer.body());
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
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

    /** The demo case's records, each with its edit form. */
    private static final List<String> EDIT_FORMS =
            List.of("/acts/1/edit", "/bodies/1/edit", "/incidents/1/edit", "/sources/1/edit", "/statements/1/edit");

    @Test
    void aNulInAnyTextFieldOfAnyFormIsRefusedAtTheFieldAndNothingIsWritten() throws Exception {
        long changes = changes();
        int sentBefore = sent;
        for (String edit : EDIT_FORMS) {
            Document page = Jsoup.parse(
                    mvc.perform(asEditor(get(edit))).andReturn().getResponse().getContentAsString());
            Element form = page.selectFirst("form[method=post]:has(input[name=version])");
            assertThat(form).as(edit).isNotNull();
            Map<String, String> values = fields(form);
            List<String> texts = form.select(
                            "input[type=text], input[type=url], input[type=search], input:not([type])," + " textarea")
                    .eachAttr("name");
            assertThat(texts).as("text fields of " + edit).isNotEmpty();
            for (String text : texts) {
                MockHttpServletRequestBuilder post = post(form.attr("action"));
                values.forEach((name, value) -> post.param(name, name.equals(text) ? "before\u0000after" : value));
                sent++;
                MvcResult answer = mvc.perform(asEditor(post)).andReturn();
                int status = answer.getResponse().getStatus();
                String body = answer.getResponse().getContentAsString();
                if (status != 200 || !refusedAt(Jsoup.parse(body), text)) {
                    failures.add(
                            edit + " with NUL in " + text + " answered " + status + " without the field's message");
                }
                leaks(edit + " " + text, body);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changes()).as("changes written by refused forms").isEqualTo(changes);
        assertThat(sent - sentBefore).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aNulInAnyTextOrANumberForAnyNameOfTheApiIsRefusedNamingTheField() throws Exception {
        // Duties and statements go to records of this test's own, so that the demo case stays as other tests read it
        // when every test shares one database (a configured server).
        long ownBody = records.body("Hostile requests ministry").id();
        long incident = records.incident(FuzzyDate.day(1990, 2, 3), TestRecords.uniqueWord())
                .id();
        Map<String, String> creates = Map.of(
                "/api/v1/bodies",
                "{\"kind\":\"COMMITTEE\",\"country\":\"KZ\",\"nameEn\":\"Hostile committee\",\"nameRu\":\"Комитет\","
                        + "\"nameKk\":\"Комитеті\",\"parentId\":1}",
                "/api/v1/sources",
                "{\"publisher\":\"Hostile gazette\",\"title\":\"Hostile article\",\"url\":\"https://example.org/h\","
                        + "\"date\":\"1990-02-03\",\"precision\":\"DAY\",\"note\":\"A note\"}",
                "/api/v1/incidents",
                "{\"kind\":\"DRONE_INCURSION\",\"title\":\"Hostile drone\",\"date\":\"1990-02-03\",\"precision\":\"DAY\","
                        + "\"country\":\"KZ\",\"region\":\"KZ-11\",\"place\":\"A village\",\"geoPrecision\":\"REGION\","
                        + "\"objectsNote\":\"one\",\"response\":\"UNKNOWN\",\"description\":\"Seen.\",\"sources\":[1],"
                        + "\"confirmDuplicate\":true}",
                "/api/v1/statements",
                "{\"date\":\"1990-02-03\",\"precision\":\"DAY\",\"actorType\":\"OFFICIAL\",\"actorName\":\"A spokesman\","
                        + "\"actorCountry\":\"KZ\",\"stance\":\"CONFIRMS\",\"claimedOrigin\":\"RU\",\"text\":\"Said so.\","
                        + "\"incidentId\":" + incident + ",\"sources\":[1]}",
                "/api/v1/acts",
                "{\"kind\":\"ORDER\",\"officialNumber\":\"H-17\",\"registryNumber\":\"R-17\",\"eli\":\"eli/h/17\","
                        + "\"titleEn\":\"Hostile order\",\"titleRu\":\"Приказ\",\"titleKk\":\"Бұйрық\",\"issuingBodyId\":1,"
                        + "\"summary\":\"Orders.\",\"stages\":[{\"stage\":\"ADOPTED\",\"date\":\"1990-02-03\","
                        + "\"precision\":\"DAY\",\"note\":\"signed\"}],\"sources\":[1],\"duties\":[{\"bodyId\":"
                        + ownBody
                        + ","
                        + "\"duty\":\"Keep watch\",\"validFrom\":\"1990-02-03\"}]}");
        JsonMapper json = JsonMapper.shared();
        int sentBefore = sent;
        for (Map.Entry<String, String> create : creates.entrySet()) {
            String address = create.getKey();
            // The body as it stands is taken: each change below is what makes it refused.
            int made = mvc.perform(asEditor(post(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(create.getValue()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(made).as("creating through " + address).isEqualTo(201);
            long changes = changes();
            for (String path : leaves(json.readTree(create.getValue()), "")) {
                JsonNode body = json.readTree(create.getValue());
                JsonNode leaf = at(body, path);
                if (leaf.isString() && !leaf.asString().matches("[A-Z_]+")) {
                    apiRefuses(
                            address, path, set(body, path, "before\u0000after").toString());
                } else if (leaf.isString()) {
                    apiRefuses(address, path, set(body, path, 1).toString());
                } else if (leaf.isNumber()) {
                    apiRefuses(
                            address,
                            path,
                            set(body, path, "\"" + leaf.asString() + "\"").toString());
                }
            }
            assertThat(changes())
                    .as("changes written by refused bodies to " + address)
                    .isEqualTo(changes);
        }
        assertThat(failures).isEmpty();
        assertThat(sent - sentBefore).isGreaterThanOrEqualTo(40);
    }

    @Test
    void tenEditorsCreatingOneNameAtOnceGetOneRecordAndNineFieldErrors() throws Exception {
        String word = org.defencetracker.TestRecords.uniqueWord();
        List<java.util.function.Supplier<MockHttpServletRequestBuilder>> races = List.of(
                () -> post("/admin/accounts")
                        .param("username", "race." + word)
                        .param("password", "a long enough password")
                        .param("role", "ANALYST"),
                () -> post("/bodies")
                        .param("kind", "AGENCY")
                        .param("country", "KZ")
                        .param("nameEn", "Raced agency " + word),
                () -> post("/api/v1/bodies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"AGENCY\",\"country\":\"KZ\",\"nameEn\":\"Raced api agency " + word
                                + "\"}"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            for (java.util.function.Supplier<MockHttpServletRequestBuilder> race : races) {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<MvcResult>> answers = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return mvc.perform(race.get()
                                        .with(org.springframework.security.test.web.servlet.request
                                                .SecurityMockMvcRequestPostProcessors.csrf())
                                        .with(org.springframework.security.test.web.servlet.request
                                                .SecurityMockMvcRequestPostProcessors.user("racer")
                                                .roles("ADMIN")))
                                .andReturn();
                    }));
                }
                start.countDown();
                int made = 0;
                int refused = 0;
                for (java.util.concurrent.Future<MvcResult> answer : answers) {
                    sent++;
                    MvcResult result = answer.get();
                    int status = result.getResponse().getStatus();
                    String body = result.getResponse().getContentAsString();
                    leaks("race", body);
                    if (status == 302 || status == 201) {
                        made++;
                    } else if ((status == 200 && body.contains("field-error"))
                            || (status == 400 && body.contains("nameEn"))) {
                        refused++;
                    } else {
                        failures.add("a raced creation answered " + status);
                    }
                }
                if (made != 1 || refused != 9) {
                    failures.add("a race made " + made + " and refused " + refused);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
    }

    private void apiRefuses(String address, String path, String body) throws Exception {
        sent++;
        MvcResult answer = mvc.perform(asEditor(post(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        String text = answer.getResponse().getContentAsString();
        String field = path.replaceAll("^\\.", "");
        if (answer.getResponse().getStatus() != 400 || !text.contains("\"field\":\"" + field.replaceAll("Id$", ""))) {
            failures.add(address + " with " + field + " changed answered "
                    + answer.getResponse().getStatus() + " " + text);
        }
        leaks(address + " " + field, text);
    }

    private static List<String> leaves(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                found.addAll(leaves(field.getValue(), path + "." + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(leaves(node.get(i), path + "[" + i + "]"));
            }
        } else if (!node.isNull() && !node.isBoolean()) {
            found.add(path);
        }
        return found;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.substring(1).split("\\.|(?=\\[)")) {
            node = step.startsWith("[")
                    ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    /** The body with the value at the path replaced; a text value given as JSON when it is quoted. */
    private static JsonNode set(JsonNode root, String path, Object value) {
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = split <= 0 ? root : at(root, path.substring(0, split));
        String last = path.substring(split);
        JsonNode replacement = value instanceof Integer number
                ? JsonMapper.shared().getNodeFactory().numberNode(number)
                : value.toString().startsWith("\"")
                        ? JsonMapper.shared()
                                .getNodeFactory()
                                .stringNode(value.toString().replace("\"", ""))
                        : JsonMapper.shared().getNodeFactory().stringNode(value.toString());
        if (last.startsWith("[")) {
            ((tools.jackson.databind.node.ArrayNode) parent)
                    .set(Integer.parseInt(last.substring(1, last.length() - 1)), replacement);
        } else {
            ((ObjectNode) parent).set(last.substring(1), replacement);
        }
        return root;
    }

    /** Whether the page shows an error at the field (a message beside it) and keeps what was typed into it. */
    private static boolean refusedAt(Document page, String name) {
        for (Element field : page.getElementsByAttributeValue("name", name)) {
            String kept = field.tagName().equals("textarea") ? field.text() : field.val();
            Element around = field;
            for (int level = 0; level < 3 && around != null; level++, around = around.parent()) {
                if (!around.select(".field-error").isEmpty() && kept.contains("before")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit")
                    || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").eachAttr("value").stream()
                            .findFirst()
                            .orElse("")
                    : field.tagName().equals("textarea") ? field.text() : field.val();
            values.putIfAbsent(field.attr("name"), value);
        }
        return values;
    }

    private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
        return request.with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                "hostile-editor")
                        .roles("EDITOR"));
    }

    private void leaks(String what, String body) {
        String shown = withoutTokens(body);
        for (String leak : LEAKS) {
            if (shown.contains(leak)) {
                failures.add(what + " shows " + leak);
            }
        }
    }

    /**
     * The answer without its forms' CSRF tokens: random letters, which now and then spell one of the leaks ("SQL"
     * in about one run in fifty), so they are left out of what is searched.
     */
    private static String withoutTokens(String body) {
        if (!body.contains("_csrf")) {
            return body;
        }
        Document page = Jsoup.parse(body);
        page.select("input[name=_csrf]").remove();
        return page.outerHtml();
    }

    private long changes() {
        return jdbc.sql("select count(*) from record_change").query(Long.class).single();
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
                if (parameter.getType().isRecord()) {
                    // A typed query: one parameter per component.
                    for (RecordComponent component : parameter.getType().getRecordComponents()) {
                        parameters.add(component.getName());
                    }
                    continue;
                }
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                String name = !param.name().isEmpty() ? param.name() : param.value();
                parameters.add(name.isEmpty() ? parameter.getName() : name);
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
