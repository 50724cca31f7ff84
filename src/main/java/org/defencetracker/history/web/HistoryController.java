package org.defencetracker.history.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.history.HistoryNotFoundException;
import org.defencetracker.history.HistoryService;
import org.defencetracker.history.RecordChange;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;
import org.defencetracker.shared.web.MessageAround;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The change history of a record, one page per kind of record next to the record's own address. Times are shown in
 * the application clock's zone.
 */
@Controller
class HistoryController {

    private final HistoryService history;
    private final HistoryValues values;
    private final MessageSource messages;
    private final Clock clock;

    HistoryController(HistoryService history, HistoryValues values, MessageSource messages, Clock clock) {
        this.history = history;
        this.values = values;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/acts/{id}/history")
    String act(@PathVariable long id, Model model, Locale locale) {
        return show("legal_act", id, model, locale);
    }

    @GetMapping("/bodies/{id}/history")
    String body(@PathVariable long id, Model model, Locale locale) {
        return show("government_body", id, model, locale);
    }

    @GetMapping("/incidents/{id}/history")
    String incident(@PathVariable long id, Model model, Locale locale) {
        return show("airspace_incident", id, model, locale);
    }

    @GetMapping("/statements/{id}/history")
    String statement(@PathVariable long id, Model model, Locale locale) {
        return show("statement", id, model, locale);
    }

    @GetMapping("/sources/{id}/history")
    String source(@PathVariable long id, Model model, Locale locale) {
        return show("source", id, model, locale);
    }

    private String show(String table, long id, Model model, Locale locale) {
        List<RecordChange> changes = history.of(table, id);
        // The record as it is now names it; a deleted row is known by its last logged change.
        Map<String, String> newest = history.current(table, id)
                .or(() -> history.latest(table, id).map(RecordChange::row))
                .orElse(null);
        if (newest == null && changes.isEmpty()) {
            throw new HistoryNotFoundException(table, id);
        }
        if (newest == null) {
            newest = Map.of("id", String.valueOf(id));
        }
        HistoryValues.Shown shown = values.of(changes, locale);
        DateTimeFormatter format =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", locale).withZone(clock.getZone());
        model.addAttribute(
                "page",
                new HistoryPage(
                        table,
                        title(table, newest, locale),
                        MessageAround.of(messages, "history.title", locale),
                        MessageAround.of(messages, "history.by", locale),
                        backLink(table, id, newest),
                        changes.stream()
                                .map(c -> HistoryEntry.of(c, table, format, shown, messages, locale))
                                .toList()));
        return "history/show";
    }

    /**
     * The record's name as it last was, what a reader recognises it by: in the reader's language where the record
     * has it in that one.
     */
    static ShownText title(String table, Map<String, String> row, Locale locale) {
        ShownText title = switch (table) {
            case "legal_act" -> named(row, "title_", locale);
            case "government_body" -> named(row, "name_", locale);
            case "airspace_incident" -> english(row.get("title"), locale);
            case "source" ->
                row.get("title") == null
                        ? null
                        : ShownText.verbatim(shortened(row.get("publisher") + " — " + row.get("title")));
            case "statement" ->
                "true".equals(row.get("quote"))
                        ? ShownText.verbatim(shortened(row.get("text")))
                        : english(row.get("text"), locale);
            default -> null;
        };
        return title == null || title.text() == null ? ShownText.plain("#" + row.get("id")) : title;
    }

    /** A name the record keeps in three languages, in columns of this prefix ("title_en"). */
    private static ShownText named(Map<String, String> row, String prefix, Locale locale) {
        LocalizedName name = new LocalizedName(
                shortened(row.get(prefix + "en")),
                shortened(row.get(prefix + "ru")),
                shortened(row.get(prefix + "kk")));
        return ShownText.of(name.in(locale));
    }

    /** A name the record keeps in English only. */
    private static ShownText english(String name, Locale locale) {
        return ShownText.of(Translated.english(shortened(name), locale.getLanguage()));
    }

    private static String shortened(String name) {
        return name == null || name.length() <= 160 ? name : name.substring(0, 159) + "…";
    }

    /**
     * Where the record itself is shown: its page, or for a statement the incident or act it is about.
     */
    static BackLink backLink(String table, long id, Map<String, String> row) {
        return switch (table) {
            case "legal_act" -> new BackLink("/acts/" + id, "history.back.record");
            case "government_body" -> new BackLink("/bodies/" + id, "history.back.record");
            case "airspace_incident" -> new BackLink("/incidents/" + id, "history.back.record");
            case "source" -> new BackLink("/sources/" + id, "history.back.record");
            case "statement" ->
                row.get("incident_id") != null
                        ? new BackLink(
                                "/incidents/" + row.get("incident_id") + "#statement-" + id, "history.back.incident")
                        : row.get("act_id") != null
                                ? new BackLink("/acts/" + row.get("act_id"), "history.back.act")
                                : null;
            default -> null;
        };
    }
}
