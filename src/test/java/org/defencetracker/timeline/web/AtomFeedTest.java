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

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
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
        Element self = (Element)
                feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("type")).isEqualTo("application/atom+xml");
        assertThat(self.getAttribute("href")).isEqualTo(HEAD.selfLink());
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
        Element first = (Element)
                feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").item(0);
        assertThat(text(first, "id")).isEqualTo("tag:tracker.example,2025:entry:incident:12");
        assertThat(text(first, "title")).isEqualTo("Drone <b>&</b> balloon");
        assertThat(text(first, "published")).isEqualTo("2025-10-01T08:00:00.123Z");
        assertThat(text(first, "summary")).isEqualTo("September 2025 (approx.) — Seen at dusk");
        Element link = (Element)
                first.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("https://tracker.example/incidents/12");
        Element category = (Element)
                first.getElementsByTagNameNS(AtomFeed.NAMESPACE, "category").item(0);
        assertThat(category.getAttribute("term")).isEqualTo("INCIDENT");
        Element second = (Element)
                feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").item(1);
        assertThat(text(second, "summary")).isEqualTo("14 September 2025");
    }
}
