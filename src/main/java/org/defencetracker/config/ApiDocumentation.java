package org.defencetracker.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OpenAPI document's title and its two ways of signing in: personal access tokens (Bearer) and HTTP Basic, kept
 * for clients written before tokens. An operation that names Basic (the writing ones) accepts a token as well, so
 * that Swagger UI and generated clients send either; one that names neither may be called without signing in too.
 * Every operation lists the problem details it may answer with (RFC 9457, the {@code Problem} schema), and a create
 * answers 201 with the new record's address in {@code Location}: what a generated client needs to type its errors
 * and its results.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Defence Tracker API",
                        version = "v1",
                        description = "Regulation and incidents on one timeline. Errors are RFC 9457 problem details."))
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
        name = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal access token (dtk_…), issued on the account page or by POST /api/v1/tokens.")
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    static final String PROBLEM = "Problem";

    @Bean
    OperationCustomizer tokensWhereBasic() {
        return (operation, handler) -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.setSecurity(new ArrayList<>(List.of(
                        new SecurityRequirement(),
                        new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(BASIC))));
            } else if (operation.getSecurity().stream().anyMatch(r -> r.containsKey(BASIC))
                    && operation.getSecurity().stream().noneMatch(r -> r.containsKey(BEARER))) {
                operation.getSecurity().add(0, new SecurityRequirement().addList(BEARER));
            }
            return operation;
        };
    }

    @Bean
    OperationCustomizer describedAnswers() {
        return (operation, handler) -> {
            RequestMapping mapping =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            RequestMethod method =
                    mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
            boolean writes = method == RequestMethod.POST || method == RequestMethod.PUT;
            describeListParameters(operation);
            ApiResponses responses = operation.getResponses();
            if (method == RequestMethod.POST && responses.containsKey("200") && creates(handler.getMethod())) {
                ApiResponse created = responses
                        .remove("200")
                        .description("Created; Location holds its address")
                        .addHeaderObject("Location", new Header().schema(new StringSchema().format("uri-reference")));
                responses.addApiResponse("201", created);
            }
            problem(responses, "400", "The input or a parameter cannot be used; errors names each");
            problem(responses, "401", "No credentials where they are needed, or a bad token or password");
            boolean open = operation.getSecurity() == null
                    || operation.getSecurity().isEmpty()
                    || operation.getSecurity().stream().anyMatch(SecurityRequirement::isEmpty);
            if (method != RequestMethod.GET || !open) {
                problem(responses, "403", "Signed in without the right to do this");
            }
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
                problem(responses, "404", "No such record");
            }
            if (method == RequestMethod.PUT || creates(handler.getMethod())) {
                problem(responses, "409", "Saved from an older version, or already on record");
            }
            if (writes) {
                problem(responses, "413", "The body is larger than the API accepts");
                problem(responses, "415", "The body's media type is not one the operation reads");
            }
            return operation;
        };
    }

    /** The schema of every error: RFC 9457 problem details, with the fields or rows at fault. */
    @Bean
    OpenApiCustomizer problemSchema() {
        return openApi -> {
            ObjectSchema error = new ObjectSchema();
            error.description("One problem: the field or parameter (or the file's line and column, or the dump's"
                    + " record) and what is wrong with it, in the language of Accept-Language");
            error.addProperty("field", new StringSchema());
            error.addProperty("message", new StringSchema());
            error.addProperty("line", new IntegerSchema());
            error.addProperty("column", new StringSchema());
            error.addProperty("record", new StringSchema());
            ObjectSchema problem = new ObjectSchema();
            problem.description("RFC 9457 problem details");
            problem.addProperty("type", new StringSchema().format("uri-reference"));
            problem.addProperty("title", new StringSchema());
            problem.addProperty("status", new IntegerSchema());
            problem.addProperty("detail", new StringSchema());
            problem.addProperty("instance", new StringSchema().format("uri-reference"));
            problem.addProperty("errors", new ArraySchema().items(new Schema<>().$ref(PROBLEM + "Error")));
            problem.addProperty(
                    "editedVersion",
                    new IntegerSchema().format("int64").description("409: the version the write was made from"));
            openApi.getComponents().addSchemas(PROBLEM, problem).addSchemas(PROBLEM + "Error", error);
        };
    }

    /**
     * The lists' shared parameters, read by {@code ApiParameters} from text so that a bad value is refused with the
     * lists' own message: documented here once, typed as what they hold.
     */
    private static void describeListParameters(io.swagger.v3.oas.models.Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            // The timeline's size is a typed number of its own query; the lists' is text.
            Schema<?> schema = parameter.getSchema();
            boolean text = schema == null
                    || "string".equals(schema.getType())
                    || schema.getTypes() != null && schema.getTypes().contains("string");
            if ("size".equals(parameter.getName()) && text) {
                parameter
                        .description("records on a page")
                        .schema(new IntegerSchema()
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(200))
                                ._default(100));
            } else if ("before".equals(parameter.getName()) && parameter.getDescription() == null) {
                parameter.description("the page to read: a page's next, sent back; the first page when not given");
            } else if ("changedSince".equals(parameter.getName())) {
                parameter
                        .description("every record changed since this moment, archived ones too, in one answer; a"
                                + " day (2025-09-14) is read as its first moment in the application's time zone")
                        .schema(new DateTimeSchema().example("2025-09-14T10:00:00Z"));
            }
        }
    }

    private static boolean creates(Method handler) {
        return handler.getName().equals("create") || handler.getName().equals("issue");
    }

    private static void problem(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(
                    code,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                            new io.swagger.v3.oas.models.media.MediaType()
                                                    .schema(new Schema<>().$ref(PROBLEM)))));
        }
    }
}
