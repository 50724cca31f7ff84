package org.defencetracker.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.defencetracker.exchange.IncidentCsvExport;
import org.defencetracker.timeline.TimelineQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The incidents of a timeline filter in the CSV import's columns: the parameters are the timeline page's, bound to a
 * {@link TimelineQuery} before a byte is written, so that a bad one gets the same 400 page as the other exports.
 */
@Controller
class IncidentExportController {

    private final IncidentCsvExport export;
    private final Clock clock;

    IncidentExportController(IncidentCsvExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/incidents.csv")
    void csv(@Valid @ModelAttribute TimelineQuery query, HttpServletResponse response) throws IOException {
        var filter = query.filter(clock);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("incidents-" + LocalDate.now(clock) + ".csv")
                        .build()
                        .toString());
        Writer out =
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        export.write(filter, out);
        out.flush();
    }
}
