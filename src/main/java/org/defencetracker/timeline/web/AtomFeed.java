package org.defencetracker.timeline.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.defencetracker.timeline.TimelineChange;
import org.defencetracker.timeline.TimelineEntry;

/**
 * An Atom 1.0 feed (RFC 4287) of timeline entries, written with an XML writer so that every title and summary is
 * escaped. Identifiers are tag URIs (RFC 4151): the feed's names its filter, an entry's its timeline key, so both
 * stay the same however often the feed is read.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    /** The year in every tag URI; it names when the scheme was minted, never changes. */
    private static final String TAG_DATE = "2025";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    record Head(String host, String filterQuery, String title, String author, String selfLink, String pageLink) {}

    private AtomFeed() {}

    static void write(
            Head head, List<TimelineChange> changes, String base, Instant empty, Locale locale, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "feed");
        xml.writeDefaultNamespace(NAMESPACE);
        element(xml, "id", feedId(head.host(), head.filterQuery()));
        element(xml, "title", head.title());
        Instant updated = changes.stream()
                .map(TimelineChange::updatedAt)
                .max(Instant::compareTo)
                .orElse(empty);
        element(xml, "updated", timestamp(updated));
        link(xml, "self", CONTENT_TYPE.substring(0, CONTENT_TYPE.indexOf(';')), head.selfLink());
        link(xml, "alternate", "text/html", head.pageLink());
        xml.writeStartElement(NAMESPACE, "author");
        element(xml, "name", head.author());
        xml.writeEndElement();
        for (TimelineChange change : changes) {
            TimelineEntry e = change.entry();
            xml.writeStartElement(NAMESPACE, "entry");
            element(xml, "id", "tag:" + head.host() + "," + TAG_DATE + ":entry:" + e.key());
            element(xml, "title", e.title());
            element(xml, "updated", timestamp(change.updatedAt()));
            element(xml, "published", timestamp(e.recordedAt()));
            link(xml, "alternate", "text/html", base + e.path());
            xml.writeEmptyElement(NAMESPACE, "category");
            xml.writeAttribute("term", e.kind().name());
            String summary = e.date().label(locale) + (e.summary() == null ? "" : " — " + e.summary());
            xml.writeStartElement(NAMESPACE, "summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlText(summary));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    static String feedId(String host, String filterQuery) {
        return "tag:" + host + "," + TAG_DATE + ":timeline"
                + (filterQuery == null || filterQuery.isEmpty() ? "" : "?" + filterQuery);
    }

    /** RFC 3339 in UTC, to the millisecond (two changes within a second still differ). */
    static String timestamp(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** Drops the control characters XML 1.0 cannot carry at all, not even escaped. */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
