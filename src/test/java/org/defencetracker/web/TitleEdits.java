package org.defencetracker.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A timeline entry recorded with one title and given another at a known minute, for the timeline as recorded. A
 * test cannot choose when the database records a change, so the entry's history is moved afterwards: the new title
 * from 20 seconds past {@code minute}, the old one from an hour before it until then.
 */
public final class TitleEdits {

    private TitleEdits() {}

    public static void retitleAt(
            TimelineWriter writer,
            JdbcClient jdbc,
            String key,
            String before,
            String after,
            LocalDateTime minute,
            ZoneId zone) {
        writer.record(draft(key, before));
        writer.record(draft(key, after));
        jdbc.sql("""
                        update timeline_entry_history
                           set recorded_from = case when recorded_to is null then :edited else :created end,
                               recorded_to = case when recorded_to is null then null else :edited end
                         where entry_key = :key
                        """)
                .param("edited", minute.plusSeconds(20).atZone(zone).toOffsetDateTime())
                .param("created", minute.minusHours(1).atZone(zone).toOffsetDateTime())
                .param("key", key)
                .update();
    }

    /** A statement entry of 30 August 1991 with this key and title, leading to the timeline. */
    public static TimelineEntryDraft draft(String key, String title) {
        return new TimelineEntryDraft(
                key,
                EntryKind.STATEMENT,
                "TEST",
                FuzzyDate.day(1991, 8, 30),
                EntryTitle.text(title),
                null,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                EntryTranslations.NONE);
    }
}
