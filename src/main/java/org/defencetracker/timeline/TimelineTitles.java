package org.defencetracker.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Stores an entry's title as a message key and its arguments (a JSON array: texts, numbers and {@code {"key": …}}
 * terms), and composes it in a language. The English composition is also kept beside them, for the timeline's word
 * filter and the record's history.
 */
@Component
class TimelineTitles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    TimelineTitles(MessageSource messages) {
        this.messages = messages;
    }

    String compose(EntryTitle title, Locale locale) {
        if (title.key() == null) {
            return title.text();
        }
        Object[] args = title.args().stream()
                .map(arg -> arg instanceof EntryTitle.Term term
                        ? new DefaultMessageSourceResolvable(new String[] {term.key()}, term.key())
                        : arg)
                .toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {title.key()}, args), locale);
    }

    /** The title stored in a row: its key and arguments, or its text when it has no key. */
    String compose(String key, String args, String text, Locale locale) {
        return key == null ? text : compose(read(key, args), locale);
    }

    static String json(EntryTitle title) {
        if (title.key() == null) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (Object arg : title.args()) {
            if (arg instanceof EntryTitle.Term term) {
                array.addObject().put("key", term.key());
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
                if (node.isObject()) {
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
}
