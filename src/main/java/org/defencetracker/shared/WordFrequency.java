package org.defencetracker.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common the words of a query are, from the statistics PostgreSQL's ANALYZE keeps of a word vector
 * ({@code pg_stats.most_common_elems}: every lexeme that more than a small share of the rows hold, with that share).
 * A query for frequent words is best answered by walking the date order and checking each row, one for rare words
 * by the words' index and then sorting: each plan is hundreds of times slower where the other fits, and the planner
 * cannot tell them apart for a page sorted by date. Without statistics (a table never analysed) every word counts
 * as rare. An answer is remembered for a minute: a timeline page asks it for each of its lists.
 */
@Component
public class WordFrequency {

    /** Where the words are counted: the timeline's entries, or the search documents. */
    public enum Scope {
        TIMELINE("timeline_entry", "words"),
        SEARCH("search_document", "document");

        final String table;
        final String column;

        Scope(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** Words that more than this share of the rows hold are frequent. */
    static final double FREQUENT_SHARE = 0.05;

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)(\"|$)|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** At most this many answers are remembered; beyond, all are forgotten. */
    private static final int REMEMBERED_QUERIES = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private record Answer(boolean frequent, Instant until) {}

    WordFrequency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the words (in web-search syntax) match more than {@link #FREQUENT_SHARE} of the rows. */
    public boolean isFrequent(Scope scope, String words) {
        if (words == null || !WORD.matcher(words).find()) {
            // No word at all matches nothing, which the words' index answers at once.
            return false;
        }
        Instant now = clock.instant();
        String key = scope.name() + ' ' + words;
        Answer answer = answers.get(key);
        if (answer == null || answer.until().isBefore(now)) {
            if (answers.size() >= REMEMBERED_QUERIES) {
                answers.clear();
            }
            answer = new Answer(share(scope, words) > FREQUENT_SHARE, now.plus(REMEMBERED));
            answers.put(key, answer);
        }
        return answer.frequent();
    }

    /**
     * About what share of the rows the words match: each group of words joined by "or" at most the share of its
     * rarest required word (a word left out with "-" does not narrow), and the query at most the sum of its groups.
     */
    double share(Scope scope, String words) {
        List<List<String>> groups = requiredWords(words);
        List<String> all = groups.stream().flatMap(List::stream).distinct().toList();
        Map<String, Double> shares = new HashMap<>();
        if (!all.isEmpty()) {
            // Each word's most common lexeme, as its query reads it (stems, exact word, the other spelling).
            jdbc.sql("""
                            select w.word, coalesce(max(s.share), 0) as share
                              from unnest(array[:words]::text[]) as w(word)
                              left join lateral regexp_matches(search_query(w.word)::text, '''((?:[^'']|'''')+)''', 'g')
                                   as m(parts) on true
                              left join (select e.lexeme, e.share
                                           from pg_stats p
                                          cross join lateral unnest(p.most_common_elems::text::text[],
                                                                    p.most_common_elem_freqs) as e(lexeme, share)
                                          where p.schemaname = current_schema() and p.tablename = :table
                                            and p.attname = :column) s
                                on s.lexeme = replace(m.parts[1], '''''', '''')
                             group by w.word
                            """)
                    .param("words", all)
                    .param("table", scope.table)
                    .param("column", scope.column)
                    .query(rs -> {
                        shares.put(rs.getString("word"), rs.getDouble("share"));
                    });
        }
        double share = 0;
        for (List<String> group : groups) {
            share += group.stream()
                    .mapToDouble(w -> shares.getOrDefault(w, 0.0))
                    .min()
                    .orElse(1.0);
        }
        return Math.min(share, 1.0);
    }

    /**
     * The words each "or" group of a query requires, lower-cased: those outside quotes not left out with "-", and
     * those of phrases (a quote left open runs to the end, as the database reads it).
     */
    static List<List<String>> requiredWords(String words) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        Matcher token = TOKEN.matcher(words == null ? "" : words);
        while (token.find()) {
            String phrase = token.group(1);
            String text = phrase != null ? phrase : token.group(3);
            if (phrase == null && text.equalsIgnoreCase("or")) {
                groups.add(group);
                group = new ArrayList<>();
                continue;
            }
            if (phrase == null && text.startsWith("-")) {
                continue;
            }
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                group.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        groups.add(group);
        return groups;
    }
}
