package org.defencetracker.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did or, as a dry run, would do: how many records of each kind it wrote (or would write), and
 * every problem found. With any problem nothing is written, whether dry run or not.
 *
 * @param format {@code csv} or {@code dump}, or null when the file was not recognised
 * @param records how many rows of a CSV file, or records of a dump, are (or would be) imported
 * @param counts records written (or that would be) per kind, such as {@code incidents} and {@code sources}
 * @param skipped rows left out, by the editor's choice, as incidents on record already or repeated in the file
 */
public record ImportReport(
        String format,
        boolean dryRun,
        int records,
        Map<String, Integer> counts,
        List<ImportProblem> problems,
        List<ImportProblem> skipped) {

    public ImportReport {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    static ImportReport refused(String format, boolean dryRun, List<ImportProblem> problems) {
        return new ImportReport(format, dryRun, 0, Map.of(), problems, List.of());
    }

    /** Whether the records are in the database now. */
    @com.fasterxml.jackson.annotation.JsonProperty("written")
    public boolean written() {
        return !dryRun && problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
