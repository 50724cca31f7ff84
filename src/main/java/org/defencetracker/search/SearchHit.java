package org.defencetracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;

/**
 * One record found: its kind and id, its title (English, and Russian and Kazakh where the record has them, null
 * where not) and a passage of its text (English) with the matched words marked, the address of its page, and its
 * date when it has one (bodies have none, some sources neither).
 */
public record SearchHit(
        SearchKind kind,
        long id,
        Highlighted title,
        Highlighted titleRu,
        Highlighted titleKk,
        Highlighted snippet,
        String path,
        FuzzyDate date,
        double rank) {

    private static final String ENGLISH = "en";

    /** The title in the reader's language, or the English one where the record has none in it. */
    public ShownText titleIn(Locale locale) {
        String language = locale.getLanguage();
        Highlighted own = titleIn(language);
        return own == null ? english(title, locale) : new ShownText(own, language, false);
    }

    /**
     * The record's titles in the other languages that hold a matched word, in the order English, Russian, Kazakh:
     * they say why a record was found whose shown title holds none of the words.
     */
    public List<ShownText> otherTitlesMatched(Locale locale) {
        String shown = titleIn(locale).language();
        List<ShownText> others = new ArrayList<>();
        for (String language : List.of(ENGLISH, "ru", "kk")) {
            Highlighted other = titleIn(language);
            if (!language.equals(shown) && other != null && other.anyMarked()) {
                others.add(new ShownText(other, language, false));
            }
        }
        return others;
    }

    /** The passage, which is the record's English text. */
    public ShownText snippetIn(Locale locale) {
        return english(snippet, locale);
    }

    private Highlighted titleIn(String language) {
        return switch (language) {
            case ENGLISH -> title;
            case "ru" -> titleRu;
            case "kk" -> titleKk;
            default -> null;
        };
    }

    private static ShownText english(Highlighted text, Locale locale) {
        return new ShownText(text, ENGLISH, !ENGLISH.equals(locale.getLanguage()));
    }
}
