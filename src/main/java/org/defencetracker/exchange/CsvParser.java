package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as RFC 4180 writes it: fields in double quotes may hold commas, line breaks and
 * doubled quotes; records end with CRLF or LF. A byte order mark at the start is skipped. Each record knows the
 * line it starts on, so that a report can name it the way a spreadsheet or an editor shows the file.
 *
 * <p>Spreadsheets in locales whose decimal mark is a comma (Russian and Kazakh among them) save "CSV" with
 * semicolons between the fields instead. The header line tells which: semicolons and no comma outside quotes there
 * make the semicolon the separator of the whole file; anything else keeps the comma.
 */
final class CsvParser {

    /** One record of the file and the line (counted from 1) it starts on. */
    record Line(int number, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The text cannot be read as CSV: a quoted field is never closed, or text follows a closing quote. */
    static final class Malformed extends Exception {

        private final int line;

        Malformed(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvParser() {}

    static List<Line> parse(String text) throws Malformed {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        return parse(text, i, separator(text, i));
    }

    /** The separator the header line (from {@code i}) uses: ';' where it has semicolons and no commas outside quotes. */
    static char separator(String text, int i) {
        boolean quoted = false;
        boolean semicolon = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                return ',';
            } else if (!quoted && c == ';') {
                semicolon = true;
            }
        }
        return semicolon ? ';' : ',';
    }

    private static List<Line> parse(String text, int from, char separator) throws Malformed {
        List<Line> lines = new ArrayList<>();
        int i = from;
        int line = 1;
        int n = text.length();
        if (i >= n) {
            return lines;
        }
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new Malformed(start, "unclosed");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (i < n && text.charAt(i) != separator && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw new Malformed(line, "afterQuote");
                    }
                }
                while (i < n && text.charAt(i) != separator && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    char c = text.charAt(i);
                    if (c == '"') {
                        throw new Malformed(line, "strayQuote");
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == separator) {
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            lines.add(new Line(start, List.copyOf(fields)));
        }
        return lines;
    }
}
