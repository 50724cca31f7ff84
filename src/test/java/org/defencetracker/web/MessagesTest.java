package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message bundle and the templates agree: every key a template names is in the bundle, so no page shows
 * "??key_en??"; every key of the bundle is used, so the bundle holds no text nobody reads; and no template shows
 * words of its own, so that a second language is a second bundle, not a rewrite of the templates.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CODE = Path.of("src/main/java");
    private static final Path STYLESHEETS = Path.of("src/main/resources/static/css");

    /** Generated content that holds a letter: words a stylesheet would show in every language alike. */
    private static final Pattern WORDS_IN_CONTENT = Pattern.compile("content:\\s*\"[^\"]*\\p{L}[^\"]*\"");

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

    /** A key a template builds from a literal prefix and a value: {@code #{|incident.kind.${k}|}}. */
    private static final Pattern TEMPLATE_FAMILY = Pattern.compile("#\\{\\|([a-zA-Z0-9_.]+)\\$\\{");

    /**
     * Fragments that label with a key built from a prefix the page gives them: the edit form and the conflict table
     * label a field {@code <prefix>.<field>} ({@code editForm('incident.form', …)}, {@code formPage('body.form', …)}), a select names its options
     * {@code <labels><VALUE>} ({@code labels='stance.'}) and a fuzzy date its precisions
     * {@code <precisionKey>.<PRECISION>}, {@code 'datefield.precision'} unless told.
     */
    private static final Pattern PREFIXED_LABELS = Pattern.compile(
            "(?::: editForm\\(|:: formPage\\(|:: conflict\\(|labels=|precisionKey=|precisionKey} \\?: )'([a-zA-Z0-9_.]+?)\\.?'");

    /** A key written whole in a template expression: {@code #{${empty} ? 'a.none' : 'a.some'}}. */
    private static final Pattern QUOTED = Pattern.compile("'([a-zA-Z0-9_.]+)'");

    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");

    /**
     * Keys the code builds from a prefix and a value it holds, so that no literal names them whole; each entry
     * names where. A {@code *} stands for the value, one part of a key. Keep it short: a key written whole needs no entry.
     */
    private static final Map<String, String> BUILT_IN_CODE = Map.of(
            "attribution.badge.*", "Attribution: the badge of a status",
            "date.precision.*", "DateInput: a date that does not match the precision chosen",
            "entry.mandate.*", "MandateEntries: the title of a change of mandate, by the change",
            "entry.stage.*", "ActEntries: the title of a stage of an act, by the stage",
            "entry.statement.*", "StatementEntries: the title of a statement, by its stance",
            "error.api.*", "ErrorAnswers: the problem detail of a status or status family",
            "history.field.*", "HistoryEntry: a changed column, by its name",
            "import.count.*", "ImportController: how many records of a kind an import wrote",
            "incident.form.*Range", "IncidentChecks: a coordinate out of its range, by its field");

    /** The codes Spring's binding resolves for a failed conversion, whatever the field's type or form. */
    private static final String TYPE_MISMATCH = "typeMismatch";

    /** Attributes a reader sees or hears, which must come from the bundle when they hold words. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt", "label");

    /** Input types whose {@code value} is the button's text. */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    private static final Pattern WORD = Pattern.compile("\\p{L}");

    /** Text that reads the same in every language, such as an address's scheme shown as a hint. */
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("https://");

    /** Inlined expressions, {@code [[...]]} and {@code [(...)]}: what they show comes from the model or the bundle. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static Properties messages;
    private static Map<Path, String> templates;
    private static String code;

    @BeforeAll
    static void read() throws IOException {
        messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        templates = read(TEMPLATES, ".html");
        code = String.join("\n", read(CODE, ".java").values());
    }

    private static Map<Path, String> read(Path root, String ending) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> p.toString().endsWith(ending)).forEach(p -> {
                try {
                    files.put(root.relativize(p), Files.readString(p));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        return files;
    }

    @Test
    void everyMessageKeyUsedByATemplateIsInTheBundle() {
        List<String> missing = new ArrayList<>();
        templates.forEach((template, text) -> {
            Matcher matcher = KEY.matcher(text);
            while (matcher.find()) {
                if (!messages.containsKey(matcher.group(1))) {
                    missing.add(template + ": " + matcher.group(1));
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(messages).containsKey("timeline.heading");
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> named = new HashSet<>();
        Set<String> families = new HashSet<>();
        for (String text : templates.values()) {
            named.addAll(matches(KEY, text));
            named.addAll(matches(QUOTED, text));
            families.addAll(matches(TEMPLATE_FAMILY, text));
            matches(PREFIXED_LABELS, text).forEach(prefix -> families.add(prefix + "."));
        }
        Set<String> literals = new HashSet<>(matches(JAVA_STRING, code));
        // A validation annotation names its message in braces: message = "{date.required}".
        literals.forEach(l -> named.add(l.startsWith("{") && l.endsWith("}") ? l.substring(1, l.length() - 1) : l));
        List<Pattern> built = new ArrayList<>();
        BUILT_IN_CODE.keySet().forEach(family -> {
            String prefix = family.substring(0, family.indexOf('*'));
            assertThat(literals)
                    .as("the code still builds keys from \"%s\"", prefix)
                    .contains(prefix);
            built.add(Pattern.compile(
                    Pattern.quote(prefix) + "[A-Za-z0-9_]+" + Pattern.quote(family.substring(prefix.length() + 1))));
        });

        List<String> unused = messages.stringPropertyNames().stream()
                .filter(key -> !named.contains(key))
                .filter(key -> families.stream().noneMatch(key::startsWith))
                .filter(key -> built.stream().noneMatch(p -> p.matcher(key).matches()))
                .filter(key -> !isValidationCode(key, literals))
                .sorted()
                .toList();
        assertThat(unused).isEmpty();
    }

    /**
     * A code Spring's binding gives a failed constraint or conversion: {@code Size}, {@code NotBlank.accountForm.username}
     * for a constraint the code declares on a form it binds by that name, or {@code typeMismatch...}.
     */
    private static boolean isValidationCode(String key, Set<String> literals) {
        String[] parts = key.split("\\.");
        if (parts[0].equals(TYPE_MISMATCH)) {
            return parts.length < 3 || literals.contains(parts[1]) || key.startsWith(TYPE_MISMATCH + ".java.");
        }
        boolean declared = Character.isUpperCase(parts[0].charAt(0))
                && Pattern.compile("@" + parts[0] + "\\b").matcher(code).find();
        return declared && (parts.length == 1 || literals.contains(parts[1]));
    }

    @Test
    void noStylesheetWritesWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(STYLESHEETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                Matcher words = WORDS_IN_CONTENT.matcher(Files.readString(file));
                while (words.find()) {
                    found.add(STYLESHEETS.relativize(file) + ": " + words.group());
                }
            }
        }
        assertThat(found)
                .as("words shown by stylesheets rather than taken from the bundle")
                .isEmpty();
    }

    @Test
    void noTemplateShowsTextThatIsNotFromTheBundle() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        templates.forEach((template, text) -> {
            List<String> own = ownText(Jsoup.parse(text));
            if (!own.isEmpty()) {
                found.put(template.toString().replace('\\', '/'), own);
            }
        });
        assertThat(found).isEmpty();
    }

    /** Words a template shows as written: text, and visible attributes, that no expression replaces. */
    static List<String> ownText(Document template) {
        List<String> own = new ArrayList<>();
        collect(template, own);
        return own;
    }

    private static void collect(Node node, List<String> own) {
        if (node instanceof TextNode text) {
            String shown = INLINED.matcher(text.getWholeText()).replaceAll("").strip();
            if (WORD.matcher(shown).find()) {
                own.add("\"" + shown.replaceAll("\\s+", " ") + "\"");
            }
            return;
        }
        if (node instanceof Element element) {
            if (element.hasAttr("th:remove") || isReplaced(element)) {
                return;
            }
            for (String name : VISIBLE_ATTRIBUTES) {
                checkAttribute(element, name, own);
            }
            if (element.normalName().equals("input") && BUTTON_INPUTS.contains(element.attr("type"))) {
                checkAttribute(element, "value", own);
            }
            if (Set.of("script", "style").contains(element.normalName())
                    || element.hasAttr("th:text")
                    || element.hasAttr("th:utext")
                    || element.hasAttr("th:errors")) {
                return;
            }
        }
        for (Node child : node.childNodes()) {
            collect(child, own);
        }
    }

    /** Replaced by a fragment or a value, unless it takes parts of its own template ({@code ~{::main}}). */
    private static boolean isReplaced(Element element) {
        for (String name : List.of("th:replace", "th:insert")) {
            if (element.hasAttr(name) && !element.attr(name).contains("~{::")) {
                return true;
            }
        }
        return false;
    }

    private static void checkAttribute(Element element, String name, List<String> own) {
        String value = element.attr(name);
        boolean replaced = element.hasAttr("th:" + name)
                || element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(name) + "\\s*=.*");
        if (!replaced && WORD.matcher(value).find() && !LANGUAGE_NEUTRAL.contains(value.strip())) {
            own.add("<" + element.normalName() + " " + name + "=\"" + value + "\">");
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
