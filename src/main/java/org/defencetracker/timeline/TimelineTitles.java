package org.defencetracker.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Stores an entry's title as a message key and its arguments (a JSON array: texts, numbers and {@code {"key": …}}
 * terms, and records' names in three languages: {@code {"en": …, "ru": …, "kk": …}}), and composes it in a language. The English composition is also kept beside them, for the timeline's word
 * filter and the record's history.
 */
@Component
class TimelineTitles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    TimelineTitles(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The title in {@code locale}; it is marked as shown in English where a record's name in it is known in English
     * only, or where it is the record's own words (which are English).
     */
    Translated compose(EntryTitle title, Locale locale) {
        if (title.key() == null) {
            return Translated.english(title.text(), locale.getLanguage());
        }
        boolean fallback = false;
        Object[] args = new Object[title.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = title.args().get(i);
            if (arg instanceof EntryTitle.Term term) {
                args[i] = new DefaultMessageSourceResolvable(new String[] {term.key()}, term.key());
            } else if (arg instanceof LocalizedName name) {
                Translated shown = name.in(locale);
                fallback |= shown.fallback();
                args[i] = shown.text();
            } else {
                args[i] = arg;
            }
        }
        String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] {title.key()}, args), locale);
        return new Translated(text, fallback);
    }

    /** The title stored in a row: its key and arguments, or its text when it has no key. */
    Translated compose(String key, String args, String text, Locale locale) {
        return key == null ? Translated.english(text, locale.getLanguage()) : compose(read(key, args), locale);
    }

    static String json(EntryTitle title) {
        if (title.key() == null) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (Object arg : title.args()) {
            if (arg instanceof EntryTitle.Term term) {
                array.addObject().put("key", term.key());
            } else if (arg instanceof LocalizedName name) {
                array.addObject().put("en", name.en()).put("ru", name.ru()).put("kk", name.kk());
            } else if (arg instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add((String) arg);
            }
        }
        return JSON.writeValueAsString(array);
    }

    static EntryTitle read(String key, String json) {
        List<Object> args = new ArrayList<>();
        if (json != null) {
            for (JsonNode node : JSON.readTree(json)) {
                if (node.isObject() && node.has("en")) {
                    args.add(new LocalizedName(text(node, "en"), text(node, "ru"), text(node, "kk")));
                } else if (node.isObject()) {
                    args.add(EntryTitle.term(node.get("key").asString()));
                } else if (node.isIntegralNumber()) {
                    args.add(node.asLong());
                } else {
                    args.add(node.asString());
                }
            }
        }
        return new EntryTitle(key, args, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
