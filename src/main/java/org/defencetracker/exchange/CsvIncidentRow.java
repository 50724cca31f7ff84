package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentDraft;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.shared.DatePrecision;

/**
 * The incident columns of a CSV row, checked with the incident form's rules. Choices (kind, precisions, response),
 * the "approximate" flag and the number of objects are read here; a value that is none of the choices is kept as
 * unreadable, for the import to report at its field.
 */
public class CsvIncidentRow implements IncidentDraft {

    /** A field whose text is none of the values it takes, and the values it does take. */
    record Unreadable(String field, String accepted) {}

    private final Map<String, String> values;
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final IncidentKind kind;
    private final DatePrecision precision;
    private final boolean approximate;
    private final GeoPrecision geoPrecision;
    private final Integer objectsCount;
    private final IncidentResponse response;

    /** {@code values} by the incident form's field names; blank cells are absent. */
    CsvIncidentRow(Map<String, String> values) {
        this.values = values;
        this.kind = choice("kind", IncidentKind.class, null);
        this.precision = choice("precision", DatePrecision.class, null);
        this.geoPrecision = choice("geoPrecision", GeoPrecision.class, GeoPrecision.UNKNOWN);
        this.response = choice("response", IncidentResponse.class, IncidentResponse.UNKNOWN);
        this.approximate = flag("approximate");
        this.objectsCount = number("objectsCount");
    }

    List<Unreadable> unreadable() {
        return unreadable;
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type, E absent) {
        String text = values.get(field);
        if (text == null) {
            return absent;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        unreadable.add(new Unreadable(
                field,
                String.join(
                        ", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return absent;
    }

    private boolean flag(String field) {
        String text = values.get(field);
        if (text == null) {
            return false;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> {
                return true;
            }
            case "false", "no", "0", "n" -> {
                return false;
            }
            default -> {
                unreadable.add(new Unreadable(field, "true, false"));
                return false;
            }
        }
    }

    private Integer number(String field) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException ex) {
            unreadable.add(new Unreadable(field, "1, 2, 3, …"));
            return null;
        }
    }

    @Override
    public IncidentKind getKind() {
        return kind;
    }

    @Override
    public String getTitle() {
        return values.get("title");
    }

    @Override
    public String getDate() {
        return values.get("date");
    }

    @Override
    public DatePrecision getPrecision() {
        return precision;
    }

    @Override
    public boolean isApproximate() {
        return approximate;
    }

    /** Kazakhstan unless the row names another country. */
    @Override
    public String getCountry() {
        return values.getOrDefault("country", "KZ");
    }

    @Override
    public String getRegion() {
        return values.get("region");
    }

    @Override
    public String getPlace() {
        return values.get("place");
    }

    @Override
    public String getLatitude() {
        return values.get("latitude");
    }

    @Override
    public String getLongitude() {
        return values.get("longitude");
    }

    @Override
    public GeoPrecision getGeoPrecision() {
        return geoPrecision;
    }

    @Override
    public Integer getObjectsCount() {
        return objectsCount;
    }

    @Override
    public String getObjectsNote() {
        return values.get("objectsNote");
    }

    @Override
    public IncidentResponse getResponse() {
        return response;
    }

    @Override
    public String getDescription() {
        return values.get("description");
    }

    @Override
    public String getTitleRu() {
        return values.get("titleRu");
    }

    @Override
    public String getTitleKk() {
        return values.get("titleKk");
    }

    @Override
    public String getDescriptionRu() {
        return values.get("descriptionRu");
    }

    @Override
    public String getDescriptionKk() {
        return values.get("descriptionKk");
    }
}
