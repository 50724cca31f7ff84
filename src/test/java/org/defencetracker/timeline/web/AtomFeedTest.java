package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.TimelineChange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final AtomFeed.Head HEAD = new AtomFeed.Head(
            "tracker.example",
            "kind=INCIDENT",
            "Defence Tracker: timeline",
            "Defence Tracker",
            "https://tracker.example/timeline.atom?kind=INCIDENT",
            "https://tracker.example/timeline?kind=INCIDENT");

    private static final Instant EMPTY = Instant.parse("2025-01-01T00:00:00Z");

    private static Document feed(List<TimelineChange> changes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeed.write(HEAD, changes, "https://tracker.example", EMPTY, Locale.ENGLISH, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The {@code index}th Atom element of that name below {@code parent}. */
    private static Element child(Element parent, String name, int index) {
        return (Element) parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(index);
    }

    private static String text(Element parent, String name) {
        return child(parent, name, 0).getTextContent();
    }

    @Test
    void namesTheFeedByItsFilterWithATagUri() {
        assertThat(AtomFeed.feedId("tracker.example", "kind=INCIDENT"))
                .isEqualTo("tag:tracker.example,2025:timeline?kind=INCIDENT");
        assertThat(AtomFeed.feedId("tracker.example", "")).isEqualTo("tag:tracker.example,2025:timeline");
        assertThat(AtomFeed.feedId("tracker.example", null)).isEqualTo("tag:tracker.example,2025:timeline");
    }

    @Test
    void writesTimesInUtcToTheMillisecond() {
        assertThat(AtomFeed.timestamp(Instant.parse("2025-10-01T08:00:00.123456Z")))
                .isEqualTo("2025-10-01T08:00:00.123Z");
    }

    @Test
    void dropsTheCharactersXmlCannotCarryAndKeepsTheRest() {
        assertThat(AtomFeed.xmlText("a\u0000b\u0007c\td\ne\uFFFEf — ж")).isEqualTo("abc\td\nef — ж");
        assertThat(AtomFeed.xmlText(null)).isEmpty();
    }

    @Test
    void anEmptyFeedIsUpdatedAtTheGivenMomentWithItsLinksAndAuthor() throws Exception {
        Element feed = feed(List.of()).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "id")).isEqualTo("tag:tracker.example,2025:timeline?kind=INCIDENT");
        assertThat(text(feed, "title")).isEqualTo("Defence Tracker: timeline");
        assertThat(text(feed, "updated")).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(text(feed, "name")).isEqualTo("Defence Tracker");
        assertThat(child(feed, "link", 0).getAttribute("rel")).isEqualTo("self");
        assertThat(child(feed, "link", 0).getAttribute("type")).isEqualTo("application/atom+xml");
        assertThat(child(feed, "link", 0).getAttribute("href")).isEqualTo(HEAD.selfLink());
        assertThat(child(feed, "link", 1).getAttribute("href")).isEqualTo(HEAD.pageLink());
        assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength())
                .isZero();
    }

    @Test
    void writesAnEntryPerChangeEscapedAndTheFeedUpdatedAtTheLatest() throws Exception {
        Instant earlier = Instant.parse("2025-10-02T10:00:00Z");
        Instant later = Instant.parse("2025-10-03T10:00:00.5Z");
        List<TimelineChange> changes = List.of(
                new TimelineChange(
                        TimelineEntries.full("Drone <b>&</b> \u0001balloon", "Seen at dusk", List.of()), later),
                new TimelineChange(TimelineEntries.incident("Crash", FuzzyDate.day(2025, 9, 14)), earlier));

        Document document = feed(changes);
        Element feed = document.getDocumentElement();

        assertThat(text(feed, "updated")).isEqualTo("2025-10-03T10:00:00.500Z");
        Element first = child(feed, "entry", 0);
        assertThat(text(first, "id")).isEqualTo("tag:tracker.example,2025:entry:incident:12");
        assertThat(text(first, "title")).isEqualTo("Drone <b>&</b> balloon");
        assertThat(text(first, "published")).isEqualTo("2025-10-01T08:00:00.123Z");
        assertThat(text(first, "summary")).isEqualTo("September 2025 (approx.) — Seen at dusk");
        assertThat(child(first, "link", 0).getAttribute("href")).isEqualTo("https://tracker.example/incidents/12");
        assertThat(child(first, "category", 0).getAttribute("term")).isEqualTo("INCIDENT");
        Element second = child(feed, "entry", 1);
        assertThat(text(second, "summary")).isEqualTo("14 September 2025");
    }
}
