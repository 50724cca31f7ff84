package org.defencetracker.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is one a generated client can be built from: every operation named for what it does, with
 * a summary, its security, its request body, and every answer it can give, errors as problem details; and every
 * schema named once.
 */
@WebPageTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Autowired
    MockMvc mvc;

    JsonNode document;

    @BeforeEach
    void read() throws Exception {
        byte[] read = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        document = JsonMapper.shared().readTree(read);
        // Kept for the tools that read it after the tests (the linter, client generators).
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "openapi.json"), read);
    }

    @Test
    void everyOperationHasAStableNameASummaryAndItsSecurity() {
        List<String> ids = new ArrayList<>();
        for (Operation op : operations()) {
            String id = op.node().path("operationId").asString("");
            assertThat(id).as("operationId of %s", op).matches("[a-z][A-Za-z]+");
            ids.add(id);
            assertThat(op.node().path("summary").asString(""))
                    .as("summary of %s", op)
                    .isNotBlank();
            assertThat(op.node().path("security").isArray())
                    .as("security of %s", op)
                    .isTrue();
            assertThat(op.node().path("security").size())
                    .as("security of %s", op)
                    .isPositive();
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "listActs",
                        "getAct",
                        "createAct",
                        "updateAct",
                        "listBodies",
                        "getBody",
                        "createBody",
                        "updateBody",
                        "listIncidents",
                        "getIncident",
                        "createIncident",
                        "updateIncident",
                        "listSources",
                        "getSource",
                        "createSource",
                        "updateSource",
                        "getStatement",
                        "createStatement",
                        "updateStatement",
                        "getTimeline",
                        "search",
                        "listTokens",
                        "createToken",
                        "revokeToken",
                        "importRecords",
                        "getDump");
    }

    @Test
    void everyWriteHasARequestBodyAndCreatesAnswer201() {
        for (Operation op : operations()) {
            if (op.method().equals("post") || op.method().equals("put")) {
                JsonNode content = op.node().path("requestBody").path("content");
                assertThat(content.isObject() && !content.isEmpty())
                        .as("request body of %s", op)
                        .isTrue();
                content.properties()
                        .forEach(media -> assertThat(isDescribed(schemaOf(media.getValue())))
                                .as("request schema of %s (%s): %s", op, media.getKey(), media.getValue())
                                .isTrue());
            }
        }
        for (String path : List.of(
                "/api/v1/acts", "/api/v1/bodies", "/api/v1/incidents", "/api/v1/sources", "/api/v1/statements")) {
            JsonNode responses = document.path("paths").path(path).path("post").path("responses");
            assertThat(responses.has("201")).as("201 of POST %s", path).isTrue();
            assertThat(responses.has("200")).as("200 of POST %s", path).isFalse();
            assertThat(responses.path("201").path("headers").has("Location"))
                    .as("Location of POST %s", path)
                    .isTrue();
        }
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDetails() {
        for (Operation op : operations()) {
            if (!op.path().startsWith("/api/")) {
                continue; // the site's exports: their refusals are the site's pages
            }
            JsonNode responses = op.node().path("responses");
            // A bad token is refused even where reading is open; writing also needs the role.
            Set<String> expected = new HashSet<>(Set.of("400", "401"));
            if (op.path().contains("{id}")) {
                expected.add("404");
            }
            if (op.method().equals("put")) {
                expected.add("409");
            }
            if (!op.method().equals("get")) {
                expected.add("403");
            }
            if (op.method().equals("post") || op.method().equals("put")) {
                expected.addAll(Set.of("413", "415"));
            }
            for (String code : expected) {
                assertThat(responses.has(code)).as("%s of %s", code, op).isTrue();
                JsonNode problem = responses.path(code).path("content").path("application/problem+json");
                assertThat(problem.path("schema").path("$ref").asString(""))
                        .as("%s of %s", code, op)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
        JsonNode problem =
                document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(Set.copyOf(problem.propertyNames()))
                .contains("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void recordsOfTheSameNameInDifferentPlacesAreDifferentSchemas() {
        JsonNode schemas = document.path("components").path("schemas");
        String stageRead = items(schemas, "ActJson", "stages");
        String stageWritten = items(schemas, "ActInput", "stages");
        assertThat(stageRead).isNotEqualTo(stageWritten);
        String dutyRead = items(schemas, "ActJson", "duties");
        String dutyWritten = items(schemas, "ActInput", "duties");
        assertThat(dutyRead).isNotEqualTo(dutyWritten);
        assertThat(schemas.has("Stage")).isFalse();
        assertThat(schemas.has("Duty")).isFalse();
    }

    /** A record inside another is named in the document by its own name: each names itself, so none collide. */
    @Test
    void everyRecordNestedInAnApiTypeNamesItsSchema() {
        JavaClasses api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.defencetracker");
        classes()
                .that()
                .resideInAPackage("..web.api..")
                .and()
                .resideOutsideOfPackage("..shared..")
                .and()
                .areNestedClasses()
                .and()
                .areAssignableTo(Record.class)
                .should()
                .beAnnotatedWith(io.swagger.v3.oas.annotations.media.Schema.class)
                .check(api);
    }

    @Test
    void theIncidentsCreateTheDumpAndTheTimelineAreTyped() {
        JsonNode createIncident =
                document.path("paths").path("/api/v1/incidents").path("post");
        String ref = createIncident
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString("");
        assertThat(ref).startsWith("#/components/schemas/");
        JsonNode input = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(Set.copyOf(input.path("properties").propertyNames())).contains("title", "date", "kind", "sources");
        JsonNode dump = document.path("paths")
                .path("/api/v1/dump")
                .path("get")
                .path("responses")
                .path("200");
        assertThat(dump.path("content").path("application/json").path("schema").isObject())
                .isTrue();
        assertThat(dump.path("content").path("application/json").path("schema").isEmpty())
                .isFalse();
    }

    @Test
    void everySuccessfulAnswerIsTypedJson() {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue; // the site's exports: CSV, GeoJSON and Atom besides JSON
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> response :
                        operation.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    String name = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                    JsonNode content = response.getValue().path("content");
                    if (content.isMissingNode()) {
                        continue; // 204: no body
                    }
                    assertThat(content.propertyNames()).as(name).containsExactly("application/json");
                    JsonNode schema = content.path("application/json").path("schema");
                    assertThat(schema.has("$ref")
                                    || schema.path("type").asString("").equals("array"))
                            .as("%s answers a named schema or an array of one, not %s", name, schema)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void operationsAreGroupedByWhatTheyServeAndDaysAndMomentsAreTyped() {
        assertThat(document.path("paths")
                        .path("/api/v1/acts/{id}")
                        .path("get")
                        .path("tags")
                        .get(0)
                        .asString())
                .isEqualTo("Acts");
        assertThat(document.path("tags").findValuesAsString("name"))
                .contains("Acts", "Bodies", "Incidents", "Sources", "Statements", "Timeline", "Search", "Tokens");
        assertThat(parameter("/api/v1/bodies/{id}", "asOf").path("format").asString())
                .isEqualTo("date");
        for (String list : List.of("/api/v1/acts", "/api/v1/incidents", "/api/v1/sources")) {
            assertThat(parameter(list, "changedSince").path("format").asString())
                    .as(list)
                    .isEqualTo("date-time");
        }
    }

    @Test
    void everyListAnswersTheOnePageShape() {
        for (String list : List.of(
                "/api/v1/acts",
                "/api/v1/incidents",
                "/api/v1/sources",
                "/api/v1/bodies",
                "/api/v1/timeline",
                "/api/v1/tokens",
                "/api/v1/search")) {
            String ref = document.path("paths")
                    .path(list)
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asString("");
            JsonNode page = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(page.path("properties").propertyNames())
                    .as(list)
                    .contains("items", "next", "previous", "total", "totalEstimated");
            assertThat(page.path("properties").path("items").path("type").asString())
                    .as(list)
                    .isEqualTo("array");
        }
        for (String list : List.of("/api/v1/acts", "/api/v1/incidents", "/api/v1/sources", "/api/v1/bodies")) {
            JsonNode before = null;
            for (JsonNode parameter :
                    document.path("paths").path(list).path("get").path("parameters")) {
                if (parameter.path("name").asString("").equals("before")) {
                    before = parameter;
                }
            }
            assertThat(before).as("before of %s", list).isNotNull();
            assertThat(before.path("description").asString("")).as(list).isNotBlank();
        }
    }

    @Test
    void theExportsAreDescribedWithTheTimelinesFiltersAndTheJsonExportAsItIsWritten() throws Exception {
        for (String export :
                List.of("/timeline.json", "/timeline.csv", "/timeline.geojson", "/incidents.csv", "/feed.atom")) {
            JsonNode get = document.path("paths").path(export).path("get");
            assertThat(get.path("operationId").asString("")).as(export).isNotBlank();
            List<String> names = new ArrayList<>();
            get.path("parameters").forEach(p -> names.add(p.path("name").asString()));
            assertThat(names)
                    .as(export)
                    .contains("from", "to", "kind", "region", "q")
                    .doesNotContain("before", "size");
        }
        JsonNode entry = document.path("components").path("schemas").path("TimelineExportEntry");
        byte[] exported = mvc.perform(get("/timeline.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode first = JsonMapper.shared().readTree(exported).get(0);
        assertThat(Set.copyOf(first.propertyNames()))
                .as("the fields /timeline.json writes")
                .isEqualTo(Set.copyOf(entry.path("properties").propertyNames()));
        JsonNode cited = first.path("sources").get(0);
        assertThat(Set.copyOf(cited.propertyNames()))
                .as("the fields of a cited source")
                .isEqualTo(Set.copyOf(document.path("components")
                        .path("schemas")
                        .path("TimelineExportSource")
                        .path("properties")
                        .propertyNames()));
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.path("name").asString("").equals(name)) {
                return parameter.path("schema");
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    @Test
    void theListsPageSizesAreTypedNumbersWithTheirBounds() {
        for (String path : List.of("/api/v1/acts", "/api/v1/incidents")) {
            JsonNode size = null;
            for (JsonNode parameter :
                    document.path("paths").path(path).path("get").path("parameters")) {
                if (parameter.path("name").asString("").equals("size")) {
                    size = parameter.path("schema");
                }
            }
            assertThat(size).as("size of %s", path).isNotNull();
            assertThat(size.path("type").asString()).isEqualTo("integer");
            assertThat(size.path("minimum").asInt()).isEqualTo(1);
            assertThat(size.path("maximum").asInt()).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerUnderTheApiIsJsonErrorsToo() throws Exception {
        assertProblem(mvc.perform(get("/api/v1/nothing-here").accept(MediaType.TEXT_HTML)), 404);
        assertProblem(mvc.perform(get("/api/v1/nothing-here").accept(MediaType.APPLICATION_JSON)), 404);
        assertProblem(mvc.perform(delete("/api/v1/acts").with(user("api-editor").roles("EDITOR"))), 405);
        assertProblem(
                mvc.perform(post("/api/v1/sources")
                        .with(user("api-editor").roles("EDITOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("publisher=x")),
                415);
        assertProblem(mvc.perform(get("/api/v1/acts/not-a-number").accept(MediaType.TEXT_HTML)), 404);
        assertProblem(mvc.perform(get("/api/v1/acts?size=lots").accept(MediaType.TEXT_HTML)), 400);
    }

    private static void assertProblem(ResultActions answer, int status) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        JsonNode problem =
                JsonMapper.shared().readTree(answer.andReturn().getResponse().getContentAsByteArray());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString("")).isNotBlank();
    }

    private static boolean isDescribed(JsonNode schema) {
        return schema.has("$ref") || schema.has("properties") || schema.has("type") && !isBareObject(schema);
    }

    private static boolean isBareObject(JsonNode schema) {
        return "object".equals(schema.path("type").asString("")) && !schema.has("properties");
    }

    private static JsonNode schemaOf(JsonNode media) {
        return media.path("schema");
    }

    private static String items(JsonNode schemas, String schema, String property) {
        JsonNode items = schemas.path(schema).path("properties").path(property).path("items");
        assertThat(items.has("$ref")).as("%s.%s", schema, property).isTrue();
        return items.path("$ref").asString();
    }

    private List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    found.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(20);
        return found;
    }

    private record Operation(String path, String method, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }
}
