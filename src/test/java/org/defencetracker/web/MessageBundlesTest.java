package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English, Russian and Kazakh bundles hold the same keys, the translations are translations (no English left
 * behind), and every text formats the same arguments in each language. The application formats every text, with
 * arguments or without ({@code spring.messages.always-use-message-format}), so every value is a
 * {@link MessageFormat} pattern and an apostrophe is written twice ({@code ''}).
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final String ENGLISH = "messages.properties";
    private static final List<String> TRANSLATIONS = List.of("messages_ru.properties", "messages_kk.properties");

    private static final Map<String, Locale> LOCALES = Map.of(
            ENGLISH,
            Locale.ENGLISH,
            "messages_ru.properties",
            Locale.forLanguageTag("ru"),
            "messages_kk.properties",
            Locale.forLanguageTag("kk"));

    /** Values written the same in every language: the product's name and a code read as it is. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Defence Tracker", "ELI");

    /** The keys of the languages' own names ("English", "Русский", "Қазақша"), written alike in every bundle. */
    private static final String LANGUAGE_NAME = "language.";

    /**
     * Latin words a translation may hold, as they are written whatever the language of the page.
     *
     * <ul>
     *   <li>the product's name: Defence, Tracker;
     *   <li>names of formats and of the data the map is drawn from: GeoJSON, Atom, Natural Earth;
     *   <li>the HTTP header a token is sent with: Authorization, Bearer;
     *   <li>a program a token may serve, given as an example: QGIS is upper case, so it needs no entry;
     *   <li>columns of the incidents' CSV file, listed as the header row names them (kind, title; the others hold an
     *       underscore);
     *   <li>values a reader types into an address or a file, which the application reads only in English: the zoom
     *       (year, month, week), the kind of record searched (body, incident, statement, source), what to do with
     *       repeated rows (stop, skip), JSON's literals (true, false).
     * </ul>
     *
     * Upper-case codes (JSON, CSV, CONFIRMED, DEMO_DATA), names of columns and files ({@code external_id},
     * {@code docs/import-export.md}) and web addresses are set aside before words are looked at: no sentence of
     * forgotten English is written that way.
     */
    private static final Set<String> LATIN_WORDS = Set.of(
            "Defence",
            "Tracker",
            "GeoJSON",
            "Atom",
            "Natural",
            "Earth",
            "Authorization",
            "Bearer",
            "Basic",
            "errors",
            "year",
            "month",
            "week",
            "body",
            "incident",
            "statement",
            "source",
            "kind",
            "title",
            "stop",
            "skip",
            "true",
            "false");

    /** A web address, the type of a formatted argument ({@code {0,choice,…}}), a name with a dot, slash or underscore inside (a file, a column), or a word in capitals. */
    private static final Pattern SET_ASIDE = Pattern.compile("https?://\\S*"
            + "|\\{\\s*\\d+\\s*,\\s*\\p{IsLatin}+"
            + "|[\\p{IsLatin}\\d]+(?:[._/-][\\p{IsLatin}\\d]+)*[._/][\\p{IsLatin}\\d]+(?:[._/-][\\p{IsLatin}\\d]+)*"
            + "|\\b\\p{Lu}[\\p{Lu}\\d]+\\b");

    private static final Pattern LATIN_RUN = Pattern.compile("\\p{IsLatin}{4,}");

    /** An argument: {@code {0}}, or the opening of {@code {0,choice,…}} and {@code {0,number,…}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    /** An apostrophe that is not written twice. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Map<String, Properties> bundles = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (String file : LOCALES.keySet()) {
            Path path = RESOURCES.resolve(file);
            if (Files.exists(path)) {
                byte[] bytes = Files.readAllBytes(path);
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                bundles.put(file, properties);
            }
        }
    }

    @Test
    void everyBundleIsThereAndIsUtf8WithoutEscapes() throws IOException {
        for (String file : LOCALES.keySet()) {
            Path path = RESOURCES.resolve(file);
            assertThat(path).as("the bundle %s", file).exists();
            byte[] bytes = Files.readAllBytes(path);
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not valid UTF-8", e);
            }
            assertThat(text)
                    .as("%s writes its letters as they are, not as \\uXXXX escapes", file)
                    .doesNotContain("\\u");
        }
    }

    @Test
    void everyKeyIsInEveryBundle() {
        assertThat(bundles.keySet()).as("bundles read").containsExactlyInAnyOrderElementsOf(LOCALES.keySet());
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        bundles.forEach((file, properties) -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(properties.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(file + " lacks " + missing.size() + " keys: " + missing);
            }
        });
        assertThat(problems).as("keys not in every bundle").isEmpty();
    }

    @Test
    void translationsLeaveNoEnglish() {
        Properties english = bundle(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> read : translations(problems).entrySet()) {
            String file = read.getKey();
            Properties translation = read.getValue();
            for (String key : new TreeSet<>(translation.stringPropertyNames())) {
                if (key.startsWith(LANGUAGE_NAME)) {
                    continue; // the switcher names each language in itself, the same in every bundle
                }
                String value = translation.getProperty(key);
                if (value.equals(english.getProperty(key))
                        && !SAME_IN_EVERY_LANGUAGE.contains(value)
                        && value.codePoints()
                                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                    problems.add(file + " " + key + " is the English text: " + value);
                }
                Matcher words = LATIN_RUN.matcher(SET_ASIDE.matcher(value).replaceAll(" "));
                while (words.find()) {
                    if (!LATIN_WORDS.contains(words.group())) {
                        problems.add(file + " " + key + " holds the Latin word \"" + words.group() + "\": " + value);
                    }
                }
            }
        }
        assertThat(problems).as("English left in a translation").isEmpty();
    }

    @Test
    void everyTextFormatsTheSameArguments() {
        Properties english = bundle(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> read : translations(problems).entrySet()) {
            String file = read.getKey();
            Properties translation = read.getValue();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String value = translation.getProperty(key);
                if (value != null && !arguments(value).equals(arguments(english.getProperty(key)))) {
                    problems.add(file + " " + key + " formats " + arguments(value) + ", the English text "
                            + arguments(english.getProperty(key)) + ": " + value);
                }
            }
        }
        assertThat(problems).as("arguments that differ from the English text").isEmpty();
    }

    @Test
    void everyTextIsAPatternWithApostrophesWrittenTwice() {
        Properties english = bundle(ENGLISH);
        List<String> problems = new ArrayList<>();
        bundles.forEach((file, properties) -> {
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String value = properties.getProperty(key);
                String englishValue = english.getProperty(key, value);
                if (englishValue.contains("{")) {
                    try {
                        new MessageFormat(value, LOCALES.get(file));
                    } catch (IllegalArgumentException e) {
                        problems.add(file + " " + key + " is not a MessageFormat pattern (" + e.getMessage() + "): "
                                + value);
                    }
                }
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(file + " " + key + " has an apostrophe not written as '': " + value);
                }
            }
        });
        assertThat(problems).as("texts that do not format as written").isEmpty();
    }

    /** The translations read, by file; a missing one is a problem. */
    private static Map<String, Properties> translations(List<String> problems) {
        Map<String, Properties> read = new LinkedHashMap<>();
        for (String file : TRANSLATIONS) {
            if (bundles.containsKey(file)) {
                read.put(file, bundles.get(file));
            } else {
                problems.add(file + " is missing");
            }
        }
        return read;
    }

    private static Properties bundle(String file) {
        Properties properties = bundles.get(file);
        assertThat(properties).as("the bundle %s", file).isNotNull();
        return properties;
    }

    private static Set<Integer> arguments(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }
}
