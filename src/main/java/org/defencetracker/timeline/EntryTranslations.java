package org.defencetracker.timeline;

import org.defencetracker.shared.LocalizedName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry's summary, body name and region name in Russian and Kazakh, beside the English ones the entry holds; the
 * English part of each is not used, and any of them may be null. Stored as
 * {@code {"summary": {"ru": …, "kk": …}, "body": {…}, "region": {…}}}, each part only where it has a text.
 */
public record EntryTranslations(LocalizedName summary, LocalizedName body, LocalizedName region) {

    public static final EntryTranslations NONE = new EntryTranslations(null, null, null);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String json() {
        ObjectNode root = JSON.createObjectNode();
        put(root, "summary", summary);
        put(root, "body", body);
        put(root, "region", region);
        return root.isEmpty() ? null : JSON.writeValueAsString(root);
    }

    static EntryTranslations read(String json) {
        if (json == null) {
            return NONE;
        }
        JsonNode root = JSON.readTree(json);
        return new EntryTranslations(part(root, "summary"), part(root, "body"), part(root, "region"));
    }

    /** A text of the entry in three languages: its English one as the entry holds it, with these translations. */
    static LocalizedName with(String english, LocalizedName translated) {
        return translated == null
                ? new LocalizedName(english, null, null)
                : new LocalizedName(english, translated.ru(), translated.kk());
    }

    private static void put(ObjectNode root, String part, LocalizedName name) {
        if (name != null && (name.ru() != null || name.kk() != null)) {
            root.putObject(part).put("ru", name.ru()).put("kk", name.kk());
        }
    }

    private static LocalizedName part(JsonNode root, String part) {
        JsonNode node = root.get(part);
        return node == null ? null : new LocalizedName(null, text(node, "ru"), text(node, "kk"));
    }

    private static String text(JsonNode node, String language) {
        JsonNode value = node.get(language);
        return value == null || !value.isString() ? null : value.asString();
    }
}
