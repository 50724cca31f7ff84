package org.defencetracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * A searchable choice among records that works without JavaScript: a text input bound to a {@code datalist} whose
 * options read "Ministry of Defence · #4". The browser filters the options as the editor types; the server reads
 * the number back, or failing that a name that matches exactly one option.
 */
public final class Picker {

    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)#(\\d{1,18})\\s*$");

    private Picker() {}

    /** How a record is offered: its name and its number. */
    public static String label(String name, long id) {
        return name + " · #" + id;
    }

    /**
     * The chosen record among {@code options} (id → name): empty text is null (no choice); otherwise -1 when the
     * text names no option, or more than one.
     */
    public static Long resolve(String text, Map<Long, String> options) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher number = NUMBER.matcher(text.strip());
        if (number.find()) {
            long id = Long.parseLong(number.group(1));
            return options.containsKey(id) ? id : -1L;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<Long> matches = new ArrayList<>();
        options.forEach((id, name) -> {
            if (name != null && name.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                matches.add(id);
            }
        });
        return matches.size() == 1 ? matches.get(0) : -1L;
    }

    /** The option labels of a map of records (id → name), for the datalist. */
    public static List<String> labels(Map<Long, String> options) {
        return options.entrySet().stream()
                .map(e -> label(e.getValue(), e.getKey()))
                .toList();
    }

    /**
     * The records several pickers of one {@code field} choose, each once, in the order given; empty texts choose
     * nothing. When one names no option, {@code field} is rejected and none is answered.
     */
    public static List<Long> resolveAll(String[] texts, Map<Long, String> options, String field, Errors errors) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String text : texts == null ? new String[0] : texts) {
            Long id = resolve(text, options);
            if (id != null && id < 0) {
                errors.rejectValue(field, "picker.unknown");
                return List.of();
            }
            if (id != null) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }
}
