package org.defencetracker.history.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.defencetracker.history.FieldChange;
import org.defencetracker.history.HistoryService;
import org.defencetracker.history.RecordChange;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;
import org.defencetracker.shared.web.CountryNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the stored values of a change as the record's own pages show them: a body, act, source, incident or
 * statement by its name, a region by its name, a country by its name, a kind or status by its label, yes or no, each
 * in the reader's language where it is known in that one. Text the record holds as typed keeps the language it is
 * written in, which the page declares. The stored value stays available (the page puts it in a title) where the two
 * differ.
 */
@Component
class HistoryValues {

    /** Columns holding a constant, by table and column: the message prefix of its labels. */
    private static final Map<String, String> LABELS = Map.of(
            "government_body.kind", "body.kind.",
            "legal_act.kind", "act.kind.",
            "airspace_incident.kind", "incident.kind.",
            "airspace_incident.geo_precision", "incident.geo.",
            "airspace_incident.response", "incident.response.",
            "act_stage.stage", "stage.",
            "mandate.change", "body.change.",
            "statement.stance", "stance.",
            "statement.actor_type", "actor.");

    /** Columns holding the id of another record, and that record's table. */
    private static final Map<String, String> REFERENCES = Map.of(
            "parent_id", "government_body",
            "issuing_body_id", "government_body",
            "body_id", "government_body",
            "actor_body_id", "government_body",
            "act_id", "legal_act",
            "from_act_id", "legal_act",
            "to_act_id", "legal_act",
            "source_id", "source",
            "incident_id", "airspace_incident",
            "statement_id", "statement");

    private static final Set<String> COUNTRIES = Set.of("country", "actor_country", "claimed_origin");
    private static final Set<String> YES_OR_NO = Set.of("date_approximate", "quote");

    /** Columns holding text that the record keeps in English only (its names in other languages have columns). */
    private static final Set<String> ENGLISH = Set.of(
            "abbreviation",
            "title",
            "summary",
            "note",
            "duty",
            "place",
            "objects_note",
            "description",
            "actor_name",
            "text");

    /**
     * Columns holding a source's own words, shown as written, as the source's page does: a title or publisher may be
     * in any language.
     */
    private static final Set<String> VERBATIM = Set.of("source.title", "source.publisher");

    private final HistoryService history;
    private final MessageSource messages;
    private final CountryNames countries;

    HistoryValues(HistoryService history, MessageSource messages, CountryNames countries) {
        this.history = history;
        this.messages = messages;
        this.countries = countries;
    }

    /** The names every value of these changes needs, read at once, and the labels they are shown with. */
    Shown of(List<RecordChange> changes, Locale locale) {
        Map<String, Set<Long>> ids = new HashMap<>();
        Set<String> regions = new HashSet<>();
        for (RecordChange change : changes) {
            for (FieldChange field : change.fields()) {
                for (String value : values(field)) {
                    String table = REFERENCES.get(field.field());
                    if (table != null && value.matches("[0-9]{1,18}")) {
                        ids.computeIfAbsent(table, t -> new HashSet<>()).add(Long.parseLong(value));
                    } else if (field.field().equals("region_code")) {
                        regions.add(value);
                    }
                }
            }
        }
        Map<String, Map<Long, LocalizedName>> names = new HashMap<>();
        ids.forEach((table, wanted) -> names.put(table, history.names(table, wanted)));
        return new Shown(names, history.regionNames(regions), locale);
    }

    private static List<String> values(FieldChange field) {
        return Stream.of(field.before(), field.after()).filter(v -> v != null).toList();
    }

    /** The labels of one page's values. */
    final class Shown {

        private final Map<String, Map<Long, LocalizedName>> names;
        private final Map<String, LocalizedName> regions;
        private final Locale locale;

        private Shown(Map<String, Map<Long, LocalizedName>> names, Map<String, LocalizedName> regions, Locale locale) {
            this.names = names;
            this.regions = regions;
            this.locale = locale;
        }

        /**
         * A value of a column of the changed row as the pages show it, in the language it is written in; the stored
         * value itself where nothing better is known.
         */
        ShownText of(RecordChange change, String field, String value) {
            if (value == null) {
                return null;
            }
            String table = change.table();
            String label = label(table, field, value);
            if (label != null) {
                return ShownText.plain(label);
            }
            if (field.equals("region_code")) {
                LocalizedName region = regions.get(value);
                return region == null ? ShownText.plain(value) : ShownText.of(region.in(locale));
            }
            String referenced = REFERENCES.get(field);
            if (referenced != null && value.matches("[0-9]{1,18}")) {
                LocalizedName name = names.getOrDefault(referenced, Map.of()).get(Long.parseLong(value));
                if (name == null) {
                    return ShownText.plain("#" + value);
                }
                return referenced.equals("source") ? ShownText.verbatim(name.en()) : ShownText.of(name.in(locale));
            }
            return text(change, field, value);
        }

        /** The label of a constant, yes or no, or a country's name, in the reader's language; null for others. */
        private String label(String table, String field, String value) {
            String prefix = LABELS.get(table + "." + field);
            if (prefix != null) {
                return messages.getMessage(prefix + value, null, value, locale);
            }
            if (field.equals("date_precision")) {
                return messages.getMessage("datefield.precision." + value, null, value, locale);
            }
            if (table.equals("act_relation") && field.equals("type")) {
                return messages.getMessage("relation." + value + ".out", null, value, locale);
            }
            if (YES_OR_NO.contains(field)) {
                return messages.getMessage(
                        Boolean.parseBoolean(value) ? "history.value.yes" : "history.value.no", null, locale);
            }
            if (COUNTRIES.contains(field)) {
                return countries.name(value, locale);
            }
            return null;
        }

        /** Text the record holds as typed: a name in the language its column says, or its English content. */
        private ShownText text(RecordChange change, String field, String value) {
            if (field.endsWith("_en") || field.endsWith("_ru") || field.endsWith("_kk")) {
                return ShownText.in(field.substring(field.length() - 2), value);
            }
            boolean quoted = change.table().equals("statement")
                    && "true".equals(change.row().get("quote"));
            if (VERBATIM.contains(change.table() + "." + field) || (quoted && field.equals("text"))) {
                return ShownText.verbatim(value);
            }
            if (ENGLISH.contains(field)) {
                return ShownText.of(Translated.english(value, locale.getLanguage()));
            }
            return ShownText.plain(value);
        }
    }
}
