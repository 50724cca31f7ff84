package org.defencetracker.exchange.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.defencetracker.exchange.Dump;
import org.defencetracker.exchange.ImportReport;
import org.defencetracker.exchange.ImportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The import for editors' scripts: a CSV file of incidents ({@code text/csv}) or a full dump
 * ({@code application/json}) as the request body. A dry run unless {@code dryRun=false}; bad input answers 400
 * with every problem, and nothing is written.
 */
@RestController
@Tag(name = "Import", description = "Incidents from CSV, or a whole dump")
class ImportApiController {

    private final ImportService imports;
    private final long limit;

    ImportApiController(
            ImportService imports,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:20MB}")
                    DataSize limit) {
        this.imports = imports;
        this.limit = limit.toBytes();
    }

    @PostMapping(
            value = "/api/v1/import",
            consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirement(name = "basic")
    @Operation(
            operationId = "importRecords",
            summary = "Import incidents from CSV, or a full dump into an empty tracker",
            description = "All or nothing, in one transaction. The report counts what was (or would be) written.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        description = "Incidents, one a row, with the columns of"
                                                                + " docs/import-export.md")),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = Dump.class))
                            }),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "What was (or, on a dry run, would be) written",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ImportReport.class))))
    ResponseEntity<?> importFile(
            @Parameter(description = "check and roll back (the default), or write") @RequestParam(defaultValue = "true")
                    boolean dryRun,
            @Parameter(description = "rows already on record: stop (the default) or skip them")
                    @RequestParam(defaultValue = "stop")
                    String duplicates,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        ImportService.Duplicates choice = ImportService.Duplicates.named(duplicates);
        if (choice == null) {
            return problem(HttpStatus.BAD_REQUEST, "duplicates must be stop or skip.", null, request);
        }
        byte[] content = read(request.getInputStream());
        if (content == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than the import accepts.", null, request);
        }
        String type = request.getContentType() == null ? "" : request.getContentType();
        ImportService.Format format = type.toLowerCase(Locale.ROOT).startsWith("text/csv")
                ? ImportService.Format.CSV
                : ImportService.Format.DUMP;
        ImportReport report = imports.importFile(content, format, dryRun, choice, locale);
        if (report.hasProblems()) {
            return problem(HttpStatus.BAD_REQUEST, "The file cannot be imported; see errors.", report, request);
        }
        return ResponseEntity.ok(report);
    }

    /** The body, or null when it is over the limit. */
    private byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return content.length > limit ? null : content;
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String detail, ImportReport report, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (report != null) {
            problem.setProperty("format", report.format());
            problem.setProperty("dryRun", report.dryRun());
            problem.setProperty("errors", report.problems());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
