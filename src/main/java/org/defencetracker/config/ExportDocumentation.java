package org.defencetracker.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeline's exports in the OpenAPI document beside the API: they are addresses of the site rather than of
 * {@code /api}, written as they stream, so they are described here by hand. Each takes the timeline's filters (as
 * {@code GET /api/v1/timeline} documents them, without its paging) and answers the whole filtered timeline at once.
 */
@Configuration(proxyBeanMethods = false)
class ExportDocumentation {

    static final String TAG = "Exports";
    static final String ENTRY = "TimelineExportEntry";
    static final String SOURCE = "TimelineExportSource";

    /** The timeline's parameters that choose entries; the others page, and an export is never paged. */
    private static final Set<String> PAGING = Set.of("before", "after", "size", "at");

    @Bean
    OpenApiCustomizer timelineExports() {
        return openApi -> {
            PathItem timeline =
                    openApi.getPaths() == null ? null : openApi.getPaths().get("/api/v1/timeline");
            if (timeline == null || timeline.getGet() == null) {
                return;
            }
            List<Parameter> filters = timeline.getGet().getParameters().stream()
                    .filter(p -> !PAGING.contains(p.getName()))
                    .toList();
            openApi.getComponents().addSchemas(ENTRY, entry()).addSchemas(SOURCE, source());
            openApi.addTagsItem(new Tag().name(TAG).description("The filtered timeline as files, whole"));
            add(
                    openApi,
                    "/timeline.json",
                    "exportTimelineJson",
                    "The filtered timeline as JSON",
                    "application/json",
                    new ArraySchema().items(new Schema<>().$ref(ENTRY)),
                    filters);
            add(
                    openApi,
                    "/timeline.csv",
                    "exportTimelineCsv",
                    "The filtered timeline as CSV (UTF-8 with a byte order mark), the JSON export's fields as columns",
                    "text/csv",
                    new StringSchema(),
                    filters);
            add(
                    openApi,
                    "/timeline.geojson",
                    "exportTimelineGeoJson",
                    "The filtered timeline's incidents as an RFC 7946 FeatureCollection, place precision a property",
                    "application/geo+json",
                    new ObjectSchema(),
                    filters);
            add(
                    openApi,
                    "/incidents.csv",
                    "exportIncidentsCsv",
                    "The filtered timeline's incidents in the CSV import's columns, one row per cited source",
                    "text/csv",
                    new StringSchema(),
                    filters);
            add(
                    openApi,
                    "/feed.atom",
                    "getFeed",
                    "The newest changes of the filtered timeline as an Atom feed",
                    "application/atom+xml",
                    new StringSchema(),
                    filters);
        };
    }

    private static void add(
            OpenAPI openApi,
            String path,
            String operationId,
            String summary,
            String mediaType,
            Schema<?> body,
            List<Parameter> filters) {
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", answer("The export", mediaType, body))
                .addApiResponse("304", new ApiResponse().description("Unchanged since the ETag sent in If-None-Match"))
                .addApiResponse(
                        "400", answer("A filter cannot be used: a page saying which", "text/html", new StringSchema()));
        Operation get = new Operation()
                .operationId(operationId)
                .summary(summary)
                .addTagsItem(TAG)
                .parameters(filters)
                .responses(responses)
                // Open to readers, as the pages are; where reading requires signing in, the site's session is asked.
                .security(List.of(new SecurityRequirement()));
        openApi.path(path, new PathItem().get(get));
    }

    private static ApiResponse answer(String description, String mediaType, Schema<?> schema) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    /** A source an entry of {@code /timeline.json} cites. */
    private static Schema<?> source() {
        return new ObjectSchema()
                .description("A source a timeline entry cites, as the JSON export writes it")
                .addProperty("publisher", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("url", new StringSchema())
                .addProperty("published", new StringSchema().description("2025-09-14, 2025-09 or 2025, as known"));
    }

    /** One entry of {@code /timeline.json}, field by field as the export writes it. */
    private static Schema<?> entry() {
        return new ObjectSchema()
                .description("One entry of the timeline as the JSON export writes it")
                .addProperty("id", new StringSchema().example("incident:42"))
                .addProperty(
                        "kind",
                        new StringSchema()._enum(List.of("ACT_STAGE", "MANDATE_CHANGE", "INCIDENT", "STATEMENT")))
                .addProperty("subtype", new StringSchema())
                .addProperty("date", new DateSchema())
                .addProperty("date_end", new DateSchema())
                .addProperty("precision", new StringSchema()._enum(List.of("DAY", "MONTH", "YEAR")))
                .addProperty("approximate", new BooleanSchema())
                .addProperty("title", new StringSchema())
                .addProperty("summary", new StringSchema())
                .addProperty("body", new StringSchema())
                .addProperty("region", new StringSchema().example("KZ-11"))
                .addProperty("origin", new StringSchema())
                .addProperty("attribution", new StringSchema())
                .addProperty("link", new StringSchema().format("uri"))
                .addProperty("sources", new ArraySchema().items(new Schema<>().$ref(SOURCE)))
                .addProperty("region_name", new StringSchema())
                .addProperty("latitude", new NumberSchema())
                .addProperty("longitude", new NumberSchema())
                .addProperty("place_precision", new StringSchema());
    }
}
