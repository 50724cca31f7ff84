package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.defencetracker.incident.IncidentChecks;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.StorableText;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceChecks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Incidents from a CSV file with a header row, one incident and the source it cites per row. Every row is checked
 * with the incident form's and the source form's rules before anything is written; rows citing the same source
 * (same publisher, title, address and date) share one, and rows sharing an external id are one incident citing each
 * row's source (see {@link CsvSameIncident}).
 */
@Component
class CsvImport {

    /** The columns an incident row may have, by the incident form's field each one fills. */
    static final Map<String, String> INCIDENT_COLUMNS = columns(
            "event_date", "date",
            "date_precision", "precision",
            "approximate", "approximate",
            "kind", "kind",
            "title", "title",
            "country", "country",
            "region", "region",
            "location", "place",
            "latitude", "latitude",
            "longitude", "longitude",
            "geo_precision", "geoPrecision",
            "objects", "objectsCount",
            "objects_note", "objectsNote",
            "response", "response",
            "notes", "description",
            "title_ru", "titleRu",
            "title_kk", "titleKk",
            "notes_ru", "descriptionRu",
            "notes_kk", "descriptionKk");

    /** The columns of the cited source, by the source form's field each one fills. */
    static final Map<String, String> SOURCE_COLUMNS = columns(
            "source_publisher", "publisher",
            "source_title", "title",
            "source_url", "url",
            "source_date", "date");

    /** The incident's stable id where the rows come from: the same id imported again is the same incident. */
    static final String EXTERNAL_ID = "external_id";

    static final int EXTERNAL_ID_LENGTH = 200;

    static final List<String> REQUIRED = List.of("event_date", "kind", "title", "source_publisher", "source_title");

    /** Stands for the row's source while the rows are checked, before any source is written. */
    private static final long NOT_YET_WRITTEN = -1;

    private final IncidentChecks incidentChecks;
    private final SourceChecks sourceChecks;
    private final InputValidator input;
    private final MessageSource messages;

    CsvImport(IncidentChecks incidentChecks, SourceChecks sourceChecks, InputValidator input, MessageSource messages) {
        this.incidentChecks = incidentChecks;
        this.sourceChecks = sourceChecks;
        this.input = input;
        this.messages = messages;
    }

    /** A row that passed every check, ready to be written. */
    record Checked(int line, RecordIncident incident, CreateSource source, String externalId) {}

    /** The rows read and checked; the file can be imported when there are no problems. */
    record Reading(List<Checked> rows, List<ImportProblem> problems) {}

    Reading read(String text, Locale locale) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvParser.Line> lines;
        try {
            lines = CsvParser.parse(text);
        } catch (CsvParser.Malformed ex) {
            problems.add(ImportProblem.atLine(ex.line(), null, message("import.csv.quotes", locale)));
            return new Reading(List.of(), problems);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            problems.add(ImportProblem.ofFile(message("import.csv.noHeader", locale)));
            return new Reading(List.of(), problems);
        }
        List<String> header = lines.get(0).fields().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        checkHeader(header, problems, locale);
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems);
        }
        List<Checked> rows = new ArrayList<>();
        for (CsvParser.Line line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            if (line.fields().size() != header.size()) {
                problems.add(ImportProblem.atLine(
                        line.number(),
                        null,
                        message("import.csv.fieldCount", locale, line.fields().size(), header.size())));
                continue;
            }
            Checked checked = row(line, header, problems, locale);
            if (checked != null) {
                rows.add(checked);
            }
        }
        for (CsvSameIncident.Disagreement d : CsvSameIncident.disagreements(rows)) {
            problems.add(ImportProblem.atLine(
                    d.line(),
                    d.column(),
                    message("import.csv.sameIncident", locale, d.externalId(), d.column(), d.earlierLine())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(message("import.csv.noRows", locale)));
        }
        return new Reading(rows, problems);
    }

    private void checkHeader(List<String> header, List<ImportProblem> problems, Locale locale) {
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!INCIDENT_COLUMNS.containsKey(column)
                    && !SOURCE_COLUMNS.containsKey(column)
                    && !EXTERNAL_ID.equals(column)) {
                problems.add(ImportProblem.atLine(1, column, message("import.csv.unknownColumn", locale, column)));
            } else if (!seen.add(column)) {
                problems.add(ImportProblem.atLine(1, column, message("import.csv.repeatedColumn", locale, column)));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(ImportProblem.atLine(1, column, message("import.csv.missingColumn", locale, column)));
            }
        }
    }

    private Checked row(CsvParser.Line line, List<String> header, List<ImportProblem> problems, Locale locale) {
        Map<String, String> incidentValues = new HashMap<>();
        Map<String, String> sourceValues = new HashMap<>();
        String externalId = null;
        for (int i = 0; i < header.size(); i++) {
            String value = unguarded(line.fields().get(i).strip());
            if (value.isEmpty()) {
                continue;
            }
            String column = header.get(i);
            if (EXTERNAL_ID.equals(column)) {
                externalId = value;
            } else if (INCIDENT_COLUMNS.containsKey(column)) {
                incidentValues.put(INCIDENT_COLUMNS.get(column), value);
            } else {
                sourceValues.put(SOURCE_COLUMNS.get(column), value);
            }
        }
        CsvIncidentRow incidentRow = new CsvIncidentRow(incidentValues);
        BindingResult incidentErrors = input.validate(incidentRow);
        for (CsvIncidentRow.Unreadable field : incidentRow.unreadable()) {
            incidentErrors.rejectValue(field.field(), "import.csv.choice", new Object[] {field.accepted()}, null);
        }
        ImportDrafts.Source sourceRow = ImportDrafts.Source.ofRow(
                sourceValues.get("publisher"),
                sourceValues.get("title"),
                sourceValues.get("url"),
                sourceValues.get("date"));
        BindingResult sourceErrors = input.validate(sourceRow);
        RecordIncident incident = incidentChecks.read(incidentRow, incidentErrors, e -> List.of(NOT_YET_WRITTEN));
        CreateSource source = sourceChecks.read(sourceRow, sourceErrors);
        int before = problems.size();
        if (externalId != null && externalId.length() > EXTERNAL_ID_LENGTH) {
            problems.add(ImportProblem.atLine(
                    line.number(), EXTERNAL_ID, message("Size", locale, EXTERNAL_ID, EXTERNAL_ID_LENGTH)));
        } else if (externalId != null && !StorableText.storable(externalId)) {
            problems.add(ImportProblem.atLine(line.number(), EXTERNAL_ID, message(StorableText.CODE, locale)));
        }
        report(line.number(), incidentErrors, INCIDENT_COLUMNS, problems, locale);
        report(line.number(), sourceErrors, SOURCE_COLUMNS, problems, locale);
        return problems.size() > before || incident == null || source == null
                ? null
                : new Checked(line.number(), incident, source, externalId);
    }

    /**
     * The cell without the apostrophe that exports put before text a spreadsheet would run as a formula (text
     * starting with =, +, -, @, a tab or a carriage return), so that an exported file is read back as it was written.
     */
    static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    /** One problem per column, the first found, named by the column's header. */
    private void report(
            int line, BindingResult errors, Map<String, String> columns, List<ImportProblem> problems, Locale locale) {
        Set<String> reported = new LinkedHashSet<>();
        for (ObjectError error : errors.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            String column = field == null ? null : columnOf(field, columns);
            if (field != null && !reported.add(field)) {
                continue;
            }
            problems.add(ImportProblem.atLine(line, column, messages.getMessage(error, locale)));
        }
    }

    private static String columnOf(String field, Map<String, String> columns) {
        return columns.entrySet().stream()
                .filter(e -> e.getValue().equals(field))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field);
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(columns);
    }
}
