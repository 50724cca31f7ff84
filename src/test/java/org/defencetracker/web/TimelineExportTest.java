package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelinePage;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineWriter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports hold exactly what the timeline lists for the same filter, over all its pages, and the feed is Atom
 * that a namespace-aware parser reads and that follows changes.
 */
@WebPageTest
@Import(TestRecords.class)
class TimelineExportTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    TimelineWriter writer;

    @Autowired
    TestRecords records;

    @Autowired
    TimelineQueries queries;

    @Autowired
    Clock clock;

    @Autowired
    SourceService sources;

    @Test
    void csvHoldsEveryFilteredEntryNewestFirstLikeThePages() throws Exception {
        String word = TestRecords.uniqueWord();
        List<TimelineEntryDraft> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(draft(
                    word,
                    "bulk" + i,
                    EntryKind.INCIDENT,
                    FuzzyDate.day(1990, 1 + i % 12, 1 + i % 28),
                    "Bulk " + i + " " + word,
                    List.of()));
        }
        writer.recordNew(many);
        writer.record(draft(
                word,
                "odd",
                EntryKind.STATEMENT,
                FuzzyDate.day(1989, 5, 5),
                "Odd " + word,
                List.of(new Citation("Agency", "A \"report\", long", "https://example.org/r", null))));

        MvcResult result = mvc.perform(get("/timeline.csv?q=" + word))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"timeline-" + LocalDate.now(clock) + ".csv\""))
                .andReturn();
        String csv = result.getResponse().getContentAsString();
        assertThat(csv).startsWith("\uFEFFid,kind,subtype,date,date_end,precision,approximate,title,summary,");
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertThat(rows.get(0))
                .hasSize(20)
                .containsSubsequence("link", "sources")
                .endsWith("region_name", "latitude", "longitude", "place_precision", "source_dates");
        List<String> titles =
                rows.subList(1, rows.size()).stream().map(r -> r.get(7)).toList();

        assertThat(titles)
                .hasSize(121)
                .isEqualTo(listedTitles(new TimelineFilter(null, null, Set.of(), null, null, null, null, word)));
        List<String> odd = rows.get(rows.size() - 1);
        assertThat(odd.get(0)).isEqualTo("test-export:" + word + ":odd");
        assertThat(odd.get(3)).isEqualTo("1989-05-05");
        assertThat(odd.get(13)).isEqualTo("https://tracker.test/timeline");
        assertThat(odd.get(14)).isEqualTo("Agency: A \"report\", long <https://example.org/r>");

        // The same filter narrowed further still matches the page.
        String kinds = mvc.perform(get("/timeline.csv?q=" + word + "&kind=STATEMENT&from=1989-01-01&to=1989-12-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(parseCsv(kinds.substring(1))).hasSize(2);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDisarmsFormulas() throws Exception {
        String word = TestRecords.uniqueWord();
        String title = "=HYPERLINK(\"http://evil\") " + word;
        String summary = "Comma, \"quotes\" and\na line break";
        writer.record(new TimelineEntryDraft(
                "test-export:" + word + ":formula",
                EntryKind.STATEMENT,
                "TEST",
                FuzzyDate.day(1988, 3, 3),
                EntryTitle.text(title),
                summary,
                "/timeline",
                null,
                "@body",
                null,
                null,
                null,
                List.of(),
                EntryTranslations.NONE));

        String csv = mvc.perform(get("/timeline.csv?q=" + word))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\") " + word + "\"")
                .contains("\"Comma, \"\"quotes\"\" and\na line break\"")
                .contains(",'@body,")
                .contains("\r\n");
        List<String> row = parseCsv(csv.substring(1)).get(1);
        assertThat(row.get(7)).isEqualTo("'" + title);
        assertThat(row.get(8)).isEqualTo(summary);
        assertThat(row.get(6)).isEqualTo("false");
    }

    @Test
    void jsonIsAnArrayOfTheFilteredEntries() throws Exception {
        String word = TestRecords.uniqueWord();
        writer.record(draft(
                word,
                "1",
                EntryKind.INCIDENT,
                FuzzyDate.month(1987, 6),
                "First " + word,
                List.of(new Citation("Ministry", "Notice", null, "1987-06-02"))));
        writer.record(draft(word, "2", EntryKind.INCIDENT, FuzzyDate.day(1987, 7, 1), "Second " + word, List.of()));

        MvcResult result = mvc.perform(get("/timeline.json?q=" + word))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"timeline-" + LocalDate.now(clock) + ".json\""))
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        JsonNode array = JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());

        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).get("title").asString()).isEqualTo("Second " + word);
        JsonNode first = array.get(1);
        assertThat(first.get("id").asString()).isEqualTo("test-export:" + word + ":1");
        assertThat(first.get("date").asString()).isEqualTo("1987-06-01");
        assertThat(first.get("date_end").asString()).isEqualTo("1987-06-30");
        assertThat(first.get("precision").asString()).isEqualTo("MONTH");
        assertThat(first.get("approximate").asBoolean()).isFalse();
        assertThat(first.get("summary").isNull()).isTrue();
        assertThat(first.get("sources").get(0).get("publisher").asString()).isEqualTo("Ministry");
        assertThat(first.get("sources").get(0).get("url").isNull()).isTrue();
        assertThat(first.get("link").asString()).isEqualTo("https://tracker.test/timeline");
    }

    @Test
    void csvAndJsonHoldThePlaceAndTheSourcesDatesAsIsoText() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView byMonth = sources.create(
                new CreateSource("Monthly " + word, "Digest " + word, null, FuzzyDate.month(1983, 4), null));
        IncidentView placed = records.incident(FuzzyDate.day(1983, 5, 2), word, "KZ-55", byMonth);

        List<List<String>> rows = parseCsv(mvc.perform(get("/timeline.csv?q=" + word))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .substring(1));
        assertThat(rows).hasSize(2);
        java.util.Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(1).get(i));
        }
        assertThat(row).containsEntry("id", "incident:" + placed.id()).containsEntry("region", "KZ-55");
        assertThat(row.get("region_name")).isNotBlank();
        assertThat(Double.parseDouble(row.get("latitude"))).isBetween(40.0, 56.0);
        assertThat(Double.parseDouble(row.get("longitude"))).isBetween(46.0, 88.0);
        assertThat(row).containsEntry("place_precision", "REGION").containsEntry("source_dates", "1983-04");

        JsonNode entry = JsonMapper.shared()
                .readTree(mvc.perform(get("/timeline.json?q=" + word))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .get(0);
        assertThat(entry.get("region").asString()).isEqualTo("KZ-55");
        assertThat(entry.get("region_name").asString()).isEqualTo(row.get("region_name"));
        assertThat(entry.get("latitude").asDouble()).isEqualTo(Double.parseDouble(row.get("latitude")));
        assertThat(entry.get("longitude").asDouble()).isEqualTo(Double.parseDouble(row.get("longitude")));
        assertThat(entry.get("place_precision").asString()).isEqualTo("REGION");
        assertThat(entry.get("sources").get(0).get("published").asString()).isEqualTo("1983-04");
    }

    @Test
    void anEditedSourceIsCitedAsItIsNowInTheExports() throws Exception {
        String word = TestRecords.uniqueWord();
        SourceView cited = sources.create(
                new CreateSource("Gazette " + word, "First title", null, FuzzyDate.day(1984, 2, 1), null));
        records.incident(FuzzyDate.day(1984, 2, 3), word, "KZ-55", cited);

        sources.update(
                cited.id(),
                cited.version(),
                new CreateSource("Gazette " + word, "Second title", null, FuzzyDate.day(1984, 2, 1), null));

        String csv = mvc.perform(get("/timeline.csv?q=" + word))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("Second title").doesNotContain("First title");
        JsonNode entry = JsonMapper.shared()
                .readTree(mvc.perform(get("/timeline.json?q=" + word))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .get(0);
        assertThat(entry.get("sources").get(0).get("title").asString()).isEqualTo("Second title");
    }

    @Test
    void geoJsonHoldsTheFiltersIncidentsAsRfc7946Features() throws Exception {
        // The demo case's incidents of 2025 are known only to the country (or not placed at all): features without
        // geometry. Other tests' incidents of that year may be among them; each must still be a valid feature.
        JsonNode year = geoJson("/timeline.geojson?from=2025-01-01&to=2025-12-31");
        List<String> unplaced = new ArrayList<>();
        for (JsonNode feature : year.get("features")) {
            assertValidFeature(feature);
            if (feature.get("geometry").isNull()) {
                unplaced.add(feature.get("properties").get("title").asString());
            }
        }
        assertThat(unplaced)
                .contains(
                        "Series of drone incursions into Kazakhstan",
                        "Alleged passage of Ukrainian drones through Kazakhstan's airspace");

        String word = TestRecords.uniqueWord();
        IncidentView placed = records.incident(FuzzyDate.day(1984, 3, 2), word, "KZ-55", records.source());
        JsonNode one = geoJson("/timeline.geojson?q=" + word);
        assertThat(one.get("features").size()).isEqualTo(1);
        JsonNode feature = one.get("features").get(0);
        assertValidFeature(feature);
        assertThat(feature.get("id").asString()).isEqualTo("incident:" + placed.id());
        assertThat(feature.get("properties").get("link").asString())
                .isEqualTo("https://tracker.test/incidents/" + placed.id());
        assertThat(feature.get("properties").get("place_precision").asString()).isEqualTo("REGION");
        assertThat(feature.get("properties").get("region").asString()).isEqualTo("KZ-55");
        assertThat(feature.get("properties").get("date").asString()).isEqualTo("1984-03-02");
        // Longitude first (RFC 7946, 3.1.1): a region of Kazakhstan lies east of 46° E and between 40° and 56° N,
        // so a swapped pair cannot pass.
        JsonNode coordinates = feature.get("geometry").get("coordinates");
        assertThat(coordinates.get(0).asDouble()).isBetween(46.0, 88.0);
        assertThat(coordinates.get(1).asDouble()).isBetween(40.0, 56.0);

        // Only incidents have a place: a filter of other kinds gives an empty collection, which is still valid.
        assertThat(geoJson("/timeline.geojson?kind=ACT_STAGE&q=" + word)
                        .get("features")
                        .size())
                .isZero();
        assertThat(geoJson("/timeline.geojson?kind=ACT_STAGE&kind=INCIDENT&q=" + word)
                        .get("features")
                        .size())
                .isEqualTo(1);
    }

    private JsonNode geoJson(String address) throws Exception {
        MvcResult result = mvc.perform(get(address))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"timeline-" + LocalDate.now(clock) + ".geojson\""))
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        JsonNode collection = JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isArray()).isTrue();
        return collection;
    }

    /** A feature as RFC 7946 has it: a type, an id, properties, and a point of two numbers or no geometry. */
    private static void assertValidFeature(JsonNode feature) {
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("id").isString()).isTrue();
        assertThat(feature.get("properties").isObject()).isTrue();
        assertThat(feature.has("geometry")).isTrue();
        JsonNode geometry = feature.get("geometry");
        String precision = feature.get("properties").get("place_precision").asString();
        if (geometry.isNull()) {
            assertThat(precision).isIn("COUNTRY", "UNKNOWN");
            return;
        }
        assertThat(geometry.get("type").asString()).isEqualTo("Point");
        JsonNode coordinates = geometry.get("coordinates");
        assertThat(coordinates.size()).isEqualTo(2);
        assertThat(coordinates.get(0).isNumber()).isTrue();
        assertThat(coordinates.get(1).isNumber()).isTrue();
        assertThat(coordinates.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(coordinates.get(1).asDouble()).isBetween(-90.0, 90.0);
        assertThat(precision).isIn("EXACT", "SETTLEMENT", "REGION");
    }

    @Test
    void exportsTheTimelineAsRecordedOnADay() throws Exception {
        String word = TestRecords.uniqueWord();
        writer.record(draft(
                word,
                "1",
                EntryKind.INCIDENT,
                FuzzyDate.day(1985, 4, 4),
                "Recorded " + word,
                List.of(new Citation("Ministry", "Notice", "https://example.org/n", null))));
        LocalDate today = LocalDate.now(clock);

        String yesterday = mvc.perform(get("/timeline.csv?q=" + word + "&recordedOn=" + today.minusDays(1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] now = mvc.perform(get("/timeline.json?q=" + word + "&recordedOn=" + today))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(parseCsv(yesterday.substring(1))).hasSize(1);
        JsonNode array = JsonMapper.shared().readTree(now);
        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0).get("sources").get(0).get("url").asString()).isEqualTo("https://example.org/n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/timeline.csv", "/timeline.json", "/timeline.geojson", "/incidents.csv", "/feed.atom"})
    void refusesABadFilterWithTheTimelinesPage(String address) throws Exception {
        String html = mvc.perform(get(address + "?kind=NOPE"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".problem").text()).contains("Parameter \"kind\"");
        mvc.perform(get(address + "?recordedOn=2999-01-01")).andExpect(status().isBadRequest());
    }

    @Test
    void feedIsAtomAndFollowsAChange() throws Exception {
        String word = TestRecords.uniqueWord();
        writer.record(draft(word, "1", EntryKind.INCIDENT, FuzzyDate.day(1986, 1, 1), "Old " + word, List.of()));
        writer.record(draft(word, "2", EntryKind.STATEMENT, FuzzyDate.day(1986, 2, 1), "Other " + word, List.of()));

        Document before = feed("/feed.atom?q=" + word);
        Element root = before.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).startsWith("tag:tracker.test,2025:timeline?q=" + word);
        assertThat(child(root, "title")).contains(word);
        OffsetDateTime updatedBefore = OffsetDateTime.parse(child(root, "updated"));
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "author").item(0))
                        .getElementsByTagNameNS(ATOM, "name")
                        .getLength())
                .isEqualTo(1);
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).startsWith("tag:tracker.test,2025:entry:test-export:" + word);
            assertThat(child(entry, "title")).isNotBlank();
            OffsetDateTime.parse(child(entry, "updated"));
            Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
            assertThat(link.getAttribute("href")).isEqualTo("https://tracker.test/timeline");
            assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                    .isIn("INCIDENT", "STATEMENT");
        }
        // Newest change first: the entry written last.
        assertThat(child((Element) entries.item(0), "title")).isEqualTo("Other " + word);

        writer.record(draft(word, "1", EntryKind.INCIDENT, FuzzyDate.day(1986, 1, 1), "Changed " + word, List.of()));

        Element after = feed("/feed.atom?q=" + word).getDocumentElement();
        assertThat(OffsetDateTime.parse(child(after, "updated"))).isAfter(updatedBefore);
        assertThat(child((Element) after.getElementsByTagNameNS(ATOM, "entry").item(0), "title"))
                .isEqualTo("Changed " + word);
    }

    @Test
    void linksAndIdsComeFromThePublicAddressWhateverHostTheRequestNames() throws Exception {
        String word = TestRecords.uniqueWord();
        writer.record(draft(word, "1", EntryKind.INCIDENT, FuzzyDate.day(1986, 3, 1), "Hosted " + word, List.of()));
        List<String> bodies = new ArrayList<>();
        for (String host : List.of("evil.example", "localhost:8080", "tracker.test")) {
            for (String address : List.of("/feed.atom?q=", "/timeline.csv?q=", "/timeline.json?q=")) {
                String body = mvc.perform(get(address + word).header("Host", host))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).as("%s with Host %s", address, host).doesNotContain("evil.example");
                assertThat(body).as("%s with Host %s", address, host).contains("https://tracker.test/");
                bodies.add(body);
            }
        }
        // The same feed whatever the host: a reader that subscribed through another name sees nothing new.
        Element first = feed("/feed.atom?q=" + word, "evil.example").getDocumentElement();
        Element second = feed("/feed.atom?q=" + word, "localhost").getDocumentElement();
        assertThat(child(first, "id")).isEqualTo(child(second, "id")).startsWith("tag:tracker.test,");
        Element firstEntry =
                (Element) first.getElementsByTagNameNS(ATOM, "entry").item(0);
        Element secondEntry =
                (Element) second.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(child(firstEntry, "id")).isEqualTo(child(secondEntry, "id"));
        assertThat(bodies).hasSize(9);
    }

    @Test
    void timelinePageLinksToExportsOfItsFilter() throws Exception {
        String html = mvc.perform(get("/timeline?kind=INCIDENT&q=drone&size=10&zoom=month"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("nav.exports a").eachAttr("href"))
                .containsExactly(
                        "/timeline.csv?kind=INCIDENT&q=drone",
                        "/timeline.json?kind=INCIDENT&q=drone",
                        "/timeline.geojson?kind=INCIDENT&q=drone",
                        "/incidents.csv?kind=INCIDENT&q=drone",
                        "/feed.atom?kind=INCIDENT&q=drone");
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo("/feed.atom?kind=INCIDENT&q=drone");
    }

    private Document feed(String address) throws Exception {
        return feed(address, "localhost");
    }

    private Document feed(String address, String host) throws Exception {
        MvcResult result = mvc.perform(get(address).header("Host", host))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < found.getLength(); i++) {
            if (found.item(i).getParentNode() == parent) {
                return found.item(i).getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private List<String> listedTitles(TimelineFilter filter) {
        List<String> titles = new ArrayList<>();
        TimelineCursor older = null;
        do {
            TimelinePage page = queries.page(filter, older, null, 50);
            page.entries().stream().map(TimelineEntry::title).forEach(titles::add);
            older = page.older();
        } while (older != null);
        return titles;
    }

    private static TimelineEntryDraft draft(
            String word, String which, EntryKind kind, FuzzyDate date, String title, List<Citation> sources) {
        return new TimelineEntryDraft(
                "test-export:" + word + ":" + which,
                kind,
                kind == EntryKind.INCIDENT ? "DRONE_INCURSION" : "TEST",
                date,
                EntryTitle.text(title),
                null,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                sources,
                EntryTranslations.NONE);
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
