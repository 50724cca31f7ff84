package org.defencetracker.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of incidents (CSV) or a full dump (JSON). Everything is checked first and every problem reported;
 * then the records are written in one transaction, all or none. A dry run does the same writing and rolls it back,
 * so that it finds what the real run would, and leaves nothing behind.
 */
@Service
public class ImportService {

    /** What a file holds, as far as an import can tell. */
    public enum Format {
        CSV,
        DUMP;

        /** The format a file's name or content type announces, or null. */
        public static Format announcedBy(String filename, String contentType) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv") || type.startsWith("text/csv")) {
                return CSV;
            }
            if (name.endsWith(".json") || type.startsWith("application/json")) {
                return DUMP;
            }
            return null;
        }
    }

    /** What to do with rows that are incidents on record already, or repeat an earlier row of the file. */
    public enum Duplicates {
        /** Report them and write nothing: the default. */
        STOP,
        /** Write the other rows, and report which were left out. */
        SKIP;

        /** The choice a request parameter names ("stop", "skip"), or null for none of them. */
        public static Duplicates named(String name) {
            for (Duplicates choice : values()) {
                if (choice.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return choice;
                }
            }
            return null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final CsvImport csv;
    private final CsvRowWriter csvRows;
    private final CsvDuplicates csvDuplicates;
    private final DumpImport dump;
    private final DumpChecks dumpChecks;
    private final JsonMapper json;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    ImportService(
            CsvImport csv,
            CsvRowWriter csvRows,
            CsvDuplicates csvDuplicates,
            DumpImport dump,
            DumpChecks dumpChecks,
            JsonMapper json,
            MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.csv = csv;
        this.csvRows = csvRows;
        this.csvDuplicates = csvDuplicates;
        this.dump = dump;
        this.dumpChecks = dumpChecks;
        this.json = json;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports {@code content}, in the {@code format} given or, where that is null, in the one its first characters
     * show (a dump starts with "{").
     */
    public ImportReport importFile(byte[] content, Format format, boolean dryRun, Locale locale) {
        return importFile(content, format, dryRun, Duplicates.STOP, locale);
    }

    /** Imports {@code content} as {@link #importFile(byte[], Format, boolean, Locale)}, rows on record as chosen. */
    public ImportReport importFile(
            byte[] content, Format format, boolean dryRun, Duplicates duplicates, Locale locale) {
        if (content == null || content.length == 0) {
            return ImportReport.refused(null, dryRun, List.of(fileProblem("import.problem.empty", locale)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException ex) {
            return ImportReport.refused(null, dryRun, List.of(fileProblem("import.problem.encoding", locale)));
        }
        if (text.isBlank() || text.strip().equals("\uFEFF")) {
            return ImportReport.refused(null, dryRun, List.of(fileProblem("import.problem.empty", locale)));
        }
        Format found = format != null ? format : sniff(text);
        if (found == null) {
            return ImportReport.refused(null, dryRun, List.of(fileProblem("import.problem.format", locale)));
        }
        return found == Format.CSV ? importCsv(text, dryRun, duplicates, locale) : importDump(text, dryRun, locale);
    }

    private ImportReport importCsv(String text, boolean dryRun, Duplicates duplicates, Locale locale) {
        CsvImport.Reading reading = csv.read(text, locale);
        if (!reading.problems().isEmpty()) {
            return ImportReport.refused("csv", dryRun, reading.problems());
        }
        List<ImportProblem> repeated = csvDuplicates.find(reading.rows(), locale);
        if (!repeated.isEmpty() && duplicates != Duplicates.SKIP) {
            return ImportReport.refused("csv", dryRun, repeated);
        }
        Set<Integer> skippedLines = new HashSet<>();
        repeated.forEach(p -> skippedLines.add(p.line()));
        List<CsvImport.Checked> rows = reading.rows().stream()
                .filter(r -> !skippedLines.contains(r.line()))
                .toList();
        try {
            Map<String, Integer> counts = inTransaction(dryRun, () -> csvRows.write(rows));
            return new ImportReport("csv", dryRun, rows.size(), counts, List.of(), repeated);
        } catch (RuntimeException ex) {
            return failed("csv", dryRun, ex, locale);
        }
    }

    private ImportReport importDump(String text, boolean dryRun, Locale locale) {
        Dump contents;
        try {
            contents = json.readValue(text.startsWith("\uFEFF") ? text.substring(1) : text, Dump.class);
        } catch (JacksonException ex) {
            // Where it went wrong, not the parser's own words: those name the application's classes.
            var where = ex.getLocation();
            return ImportReport.refused(
                    "dump",
                    dryRun,
                    List.of(fileProblem(
                            "import.dump.unreadable",
                            locale,
                            where == null ? "?" : String.valueOf(where.getLineNr()),
                            where == null ? "?" : String.valueOf(where.getColumnNr()))));
        }
        if (contents == null) {
            return ImportReport.refused("dump", dryRun, List.of(fileProblem("import.problem.empty", locale)));
        }
        try {
            Map<String, Integer> counts = inTransaction(dryRun, () -> {
                List<ImportProblem> problems = dumpChecks.check(contents, locale);
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                return dump.write(contents, locale);
            });
            int records = counts.values().stream().mapToInt(Integer::intValue).sum();
            return new ImportReport("dump", dryRun, records, counts, List.of(), List.of());
        } catch (Problems ex) {
            return ImportReport.refused("dump", dryRun, ex.problems);
        } catch (DumpAttempts.Refused ex) {
            return ImportReport.refused("dump", dryRun, List.of(ex.problem()));
        } catch (RuntimeException ex) {
            return failed("dump", dryRun, ex, locale);
        }
    }

    /** The database refused what the checks let through: nothing is written, the editor is told, we log it. */
    private ImportReport failed(String format, boolean dryRun, RuntimeException ex, Locale locale) {
        log.warn("An import ({}) failed and wrote nothing", format, ex);
        return ImportReport.refused(format, dryRun, List.of(fileProblem("import.problem.failed", locale)));
    }

    /** Runs the writes in one transaction, rolled back for a dry run and on any failure. */
    private Map<String, Integer> inTransaction(boolean dryRun, Supplier<Map<String, Integer>> work) {
        return transactions.execute(status -> {
            Map<String, Integer> counts = work.get();
            if (dryRun) {
                status.setRollbackOnly();
            }
            return counts;
        });
    }

    private static Format sniff(String text) {
        String start = (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
        if (start.startsWith("{")) {
            return Format.DUMP;
        }
        String header = start.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return header.contains("event_date") ? Format.CSV : null;
    }

    private ImportProblem fileProblem(String code, Locale locale, Object... arguments) {
        return ImportProblem.ofFile(messages.getMessage(code, arguments, locale));
    }

    /** Problems found inside the transaction, which they roll back. */
    private static final class Problems extends RuntimeException {

        private final List<ImportProblem> problems;

        Problems(List<ImportProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }
}
