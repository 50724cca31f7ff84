package org.defencetracker.exchange;

/**
 * Why a part of an import cannot be used: the {@code line} of a CSV file and its {@code column}, or the
 * {@code record} of a dump ("incident 12") and its {@code field}; neither for the file as a whole.
 */
public record ImportProblem(Integer line, String column, String record, String field, String message) {

    static ImportProblem ofFile(String message) {
        return new ImportProblem(null, null, null, null, message);
    }

    static ImportProblem atLine(int line, String column, String message) {
        return new ImportProblem(line, column, null, null, message);
    }

    static ImportProblem inRecord(String record, String field, String message) {
        return new ImportProblem(null, null, record, field, message);
    }
}
