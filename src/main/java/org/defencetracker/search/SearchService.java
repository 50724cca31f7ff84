package org.defencetracker.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.WordFrequency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds records by their words. The database keeps one search document per record (see migration V9), so a
 * search is one indexed query whatever the size: ranked with titles above texts, the matched words marked in the
 * title and a passage of the text, and counted by kind. Words are read in web-search syntax ({@code "a phrase"},
 * {@code -word}, {@code or}) in English, Russian and as exact words, which is also how Kazakh is read.
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;

    /** Searches go this many pages deep; a reader who needs more narrows the words or the kind. */
    public static final int MAX_PAGE = 50;

    public static final int MAX_WORDS_LENGTH = 200;

    /** Counts are exact up to this many records; beyond, they are lower bounds ("10,000+"). */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * How many of the matches are ranked: the newest for frequent words, the first the words' index gives for rare
     * ones. Enough for every page a search goes ({@link #MAX_PAGE} of {@link #PAGE_SIZE}).
     */
    static final int CANDIDATES = MAX_PAGE * PAGE_SIZE;

    /** How alike (pg_trgm similarity, 0 to 1) a known word must be to a misspelt one to be suggested. */
    static final double SUGGESTION_SIMILARITY = 0.3;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Words of the query syntax and words too short to suggest for. */
    private static final int SHORTEST_SUGGESTED = 3;

    private static final String HEADLINE_OPTIONS = "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

    private final JdbcClient jdbc;
    private final WordFrequency frequency;

    SearchService(JdbcClient jdbc, WordFrequency frequency) {
        this.jdbc = jdbc;
        this.frequency = frequency;
    }

    /**
     * The given page (from 1) of the records the words find, of one kind or of all when {@code kind} is null.
     * Blank words find nothing.
     */
    @Transactional(readOnly = true)
    public SearchResults search(String words, SearchKind kind, int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE);
        }
        String query = words == null ? "" : words.strip();
        if (query.length() > MAX_WORDS_LENGTH) {
            throw new IllegalArgumentException("at most " + MAX_WORDS_LENGTH + " characters of words");
        }
        if (query.isEmpty()) {
            return new SearchResults(query, kind, page, List.of(), Map.of(), 0, false, null, false);
        }
        planForTheseWords();
        Map<SearchKind, Long> facets = facets(query, null);
        long found = facets.values().stream().mapToLong(Long::longValue).sum();
        // Beyond the limit the kinds were counted among the first matches of any kind: a chosen kind counts its own.
        long total = kind == null ? found : found > COUNT_LIMIT ? count(query, kind) : facets.getOrDefault(kind, 0L);
        boolean estimated = total > COUNT_LIMIT;
        // Only many matches can be frequent enough to be found sooner in date order.
        boolean walkDates = estimated && frequency.isFrequent(WordFrequency.Scope.SEARCH, query);
        List<SearchHit> hits = total == 0 ? List.of() : hits(query, kind, page, walkDates);
        boolean more = (long) page * PAGE_SIZE < total && page < MAX_PAGE;
        String suggestion = total == 0 && kind == null ? suggestion(query).orElse(null) : null;
        return new SearchResults(
                query, kind, page, hits, facets, estimated ? COUNT_LIMIT : total, more, suggestion, estimated);
    }

    /**
     * Plans this transaction's statements for the words they are given. After five runs of a statement on a
     * connection PostgreSQL may keep one plan for any words, made without knowing them; for a word most records
     * hold, that plan reads the words' index for the whole table on every search (4 to 7 s at a million records,
     * against 0.1 s planned for the word).
     */
    private void planForTheseWords() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The records the words find, by kind, among the first {@link #COUNT_LIMIT} + 1 the database finds. */
    private Map<SearchKind, Long> facets(String query, SearchKind kind) {
        Map<SearchKind, Long> facets = new EnumMap<>(SearchKind.class);
        jdbc.sql("""
                        select d.kind, count(*) as n from (
                            select d.kind from search_document d
                             where not d.archived and d.document @@ search_query(:q) and d.kind = coalesce(:kind, d.kind)
                             limit :limit) d
                         group by d.kind
                        """)
                .param("q", query)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", COUNT_LIMIT + 1)
                .query(rs -> {
                    facets.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return facets;
    }

    private long count(String query, SearchKind kind) {
        return facets(query, kind).getOrDefault(kind, 0L);
    }

    private List<SearchHit> hits(String query, SearchKind kind, int page, boolean frequent) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", query);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (page - 1) * PAGE_SIZE);
        params.put("titleOptions", HEADLINE_OPTIONS + ", HighlightAll=true");
        params.put(
                "passageOptions",
                HEADLINE_OPTIONS + ", MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=\" … \"");
        String kindCondition = "";
        if (kind != null) {
            kindCondition = " and d.kind = :kind";
            params.put("kind", kind.name());
        }
        params.put("candidates", CANDIDATES);
        // The candidates: for frequent words the newest matches, walking the date index (the condition as written
        // keeps the words' index out), for rare ones the first matches the words' index gives. Ranked next, then the
        // few rows of the page get their headlines (making one reads the whole text). The russian configuration
        // reads English words with the English stemmer, so it serves both; Kazakh words are matched as written.
        String sql = """
                with query as (select search_query(:q) as q),
                candidate as materialized (
                    select d.* from search_document d
                     where not d.archived and %s %s
                     %s
                     limit :candidates),
                found as (
                    select d.*, ts_rank_cd(d.document, query.q) as rank
                      from candidate d, query
                     order by rank desc, d.date_on desc nulls last, d.kind, d.record_id desc
                     limit :limit offset :offset)
                select f.kind, f.record_id, f.path, f.date_on, f.date_precision, f.date_approximate, f.rank,
                       ts_headline('russian', %s, query.q, :titleOptions) as title,
                       ts_headline('russian', %s, query.q, :titleOptions) as title_ru,
                       ts_headline('simple', %s, query.q, :titleOptions) as title_kk,
                       ts_headline('russian', %s, query.q, :passageOptions) as snippet
                  from found f, query
                 order by f.rank desc, f.date_on desc nulls last, f.kind, f.record_id desc
                """.formatted(
                        frequent ? "(d.document @@ search_query(:q)) is true" : "d.document @@ search_query(:q)",
                        kindCondition,
                        frequent ? "order by d.date_on desc nulls last, d.kind, d.record_id desc" : "",
                        disarmed("f.title"),
                        disarmed("f.title_ru"),
                        disarmed("f.title_kk"),
                        disarmed("coalesce(f.snippet, '')"));
        return jdbc.sql(sql).params(params).query((rs, n) -> hit(rs)).list();
    }

    /**
     * The text without the headline's own markers, and with {@code <} and {@code >} standing in for themselves so
     * that the headline's parser reads no tags (it would drop them, and their words).
     */
    private static String disarmed(String column) {
        return "translate(" + column + ", E'<>\\x02\\x03\\x04\\x05', E'\\x04\\x05')";
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        java.sql.Date on = rs.getDate("date_on");
        FuzzyDate date = on == null
                ? null
                : new FuzzyDate(
                        on.toLocalDate(),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        rs.getBoolean("date_approximate"));
        return new SearchHit(
                SearchKind.valueOf(rs.getString("kind")),
                rs.getLong("record_id"),
                Highlighted.parse(rs.getString("title")),
                titleIfAny(rs.getString("title_ru")),
                titleIfAny(rs.getString("title_kk")),
                Highlighted.parse(rs.getString("snippet")),
                rs.getString("path"),
                date,
                rs.getDouble("rank"));
    }

    private static Highlighted titleIfAny(String headline) {
        return headline == null ? null : Highlighted.parse(headline);
    }

    /**
     * The words with each word the documents do not hold replaced by the most similar word they do hold, when
     * that finds something; empty when no word could be replaced or the replacement finds nothing either.
     */
    @Transactional(readOnly = true)
    public Optional<String> suggestion(String words) {
        String query = words == null ? "" : words.strip();
        if (query.isEmpty() || query.length() > MAX_WORDS_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = WORD.matcher(query);
        StringBuilder suggested = new StringBuilder();
        boolean replaced = false;
        while (matcher.find()) {
            String word = matcher.group();
            String replacement = closestKnown(word).orElse(word);
            replaced |= !replacement.equals(word.toLowerCase(Locale.ROOT));
            matcher.appendReplacement(
                    suggested,
                    Matcher.quoteReplacement(replacement.equals(word.toLowerCase(Locale.ROOT)) ? word : replacement));
        }
        matcher.appendTail(suggested);
        if (!replaced) {
            return Optional.empty();
        }
        String suggestion = suggested.toString();
        return facets(suggestion, null).isEmpty() ? Optional.empty() : Optional.of(suggestion);
    }

    /** The word itself when the documents hold it (or it is too short or a word of the syntax), else its closest. */
    private Optional<String> closestKnown(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < SHORTEST_SUGGESTED || lower.length() > 40 || lower.equals("or")) {
            return Optional.of(lower);
        }
        return jdbc.sql("""
                        select coalesce(
                            (select w.word from search_word w where w.word = :word),
                            (select w.word from search_word w
                              where w.word % :word and similarity(w.word, :word) >= :threshold
                              order by similarity(w.word, :word) desc, w.word
                              limit 1))
                        """)
                .param("word", lower)
                .param("threshold", SUGGESTION_SIMILARITY)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }
}
