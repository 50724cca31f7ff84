package org.defencetracker.shared;

/**
 * Cells of the CSV files the site writes (RFC 4180): quoted when they hold a comma, a quote or a line break, quotes
 * doubled. Text that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so that opening an export never runs what a source wrote; the incidents import drops
 * it again.
 */
public final class CsvCells {

    private CsvCells() {}

    /** A text cell: empty for null or empty text. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A number the site writes itself, as it is: a negative one is a number to a spreadsheet, not a formula. */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
