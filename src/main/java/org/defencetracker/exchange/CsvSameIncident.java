package org.defencetracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.defencetracker.incident.RecordIncident;

/**
 * Rows of one file sharing an {@code external_id} are one incident citing each row's source: how an incident citing
 * several sources is written, one row per source. Such rows must agree on every incident column; only the source
 * columns may differ between them.
 */
final class CsvSameIncident {

    /** A row whose incident {@code column} differs from the one of the earlier row with the same external id. */
    record Disagreement(int line, String column, int earlierLine, String externalId) {}

    private CsvSameIncident() {}

    /** Every row that disagrees with the first row of its external id, naming the first column that differs. */
    static List<Disagreement> disagreements(List<CsvImport.Checked> rows) {
        Map<String, CsvImport.Checked> first = new LinkedHashMap<>();
        List<Disagreement> found = new ArrayList<>();
        for (CsvImport.Checked row : rows) {
            if (row.externalId() == null) {
                continue;
            }
            CsvImport.Checked earlier = first.putIfAbsent(row.externalId(), row);
            String column = earlier == null ? null : firstDifference(earlier.incident(), row.incident());
            if (column != null) {
                found.add(new Disagreement(row.line(), column, earlier.line(), row.externalId()));
            }
        }
        return found;
    }

    /** The rows by incident, in the order of each incident's first row: rows sharing an external id together. */
    static List<List<CsvImport.Checked>> incidents(List<CsvImport.Checked> rows) {
        Map<Object, List<CsvImport.Checked>> byIncident = new LinkedHashMap<>();
        for (CsvImport.Checked row : rows) {
            Object key = row.externalId() == null ? row : row.externalId();
            byIncident.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return List.copyOf(byIncident.values());
    }

    /** The first incident column, in the file's order of columns, whose value differs between the two, or null. */
    static String firstDifference(RecordIncident a, RecordIncident b) {
        if (!a.date().start().equals(b.date().start())) {
            return "event_date";
        }
        if (a.date().precision() != b.date().precision()) {
            return "date_precision";
        }
        if (a.date().approximate() != b.date().approximate()) {
            return "approximate";
        }
        Object[][] columns = {
            {"kind", a.kind(), b.kind()},
            {"title", a.title(), b.title()},
            {"country", a.country(), b.country()},
            {"region", a.regionCode(), b.regionCode()},
            {"location", a.place(), b.place()},
            {"latitude", a.latitude(), b.latitude()},
            {"longitude", a.longitude(), b.longitude()},
            {"geo_precision", a.geoPrecision(), b.geoPrecision()},
            {"objects", a.objectsCount(), b.objectsCount()},
            {"objects_note", a.objectsNote(), b.objectsNote()},
            {"response", a.response(), b.response()},
            {"notes", a.description(), b.description()},
            {"title_ru", a.translations().titleRu(), b.translations().titleRu()},
            {"title_kk", a.translations().titleKk(), b.translations().titleKk()},
            {"notes_ru", a.translations().descriptionRu(), b.translations().descriptionRu()},
            {"notes_kk", a.translations().descriptionKk(), b.translations().descriptionKk()}
        };
        for (Object[] column : columns) {
            if (!same(column[1], column[2])) {
                return (String) column[0];
            }
        }
        return null;
    }

    /** Equal values; numbers by their value, so that 51.7 and 51.70 are one latitude. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
