package org.defencetracker.exchange.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.defencetracker.exchange.Dump;
import org.defencetracker.exchange.DumpService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full dump, readable by everyone who may read the site: archived records are part of it, as they are of the
 * lists' {@code changedSince} answers, since archiving takes a record off the lists, not out of the public record.
 */
@RestController
@Tag(name = "Dump", description = "Every record in one JSON document")
class DumpApiController {

    private final DumpService dumps;

    DumpApiController(DumpService dumps) {
        this.dumps = dumps;
    }

    @GetMapping(value = "/api/v1/dump", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getDump",
            summary = "Every record with its relations and sources, archived ones too",
            description = "Written while it is read; references inside it are the dump's own ids. POST it to"
                    + " /api/v1/import to load it into an empty tracker.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = Dump.class))))
    void dump(HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"defence-tracker-dump.json\"");
        dumps.write(response.getOutputStream());
    }
}
