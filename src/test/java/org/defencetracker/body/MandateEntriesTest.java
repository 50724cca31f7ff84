package org.defencetracker.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EnglishTitles;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.junit.jupiter.api.Test;

class MandateEntriesTest {

    private static final BodyView MINISTRY =
            new BodyView(5, BodyKind.MINISTRY, null, "KZ", "Ministry of Defence", null, null, null, 0, false);
    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);

    @Test
    void keysTheEntryByBodyActChangeAndDate() {
        assertThat(MandateEntries.key(5, 12, MandateChange.GRANTED, FROM)).isEqualTo("mandate:5:12:granted:2025-06-01");
        assertThat(MandateEntries.key(5, 12, MandateChange.WITHDRAWN, FROM))
                .isEqualTo("mandate:5:12:withdrawn:2025-06-01");
    }

    @Test
    void countsTheDutiesOfTheGroupInTheTitleAndListsThemInTheSummary() {
        TimelineEntryDraft draft = MandateEntries.draft(
                MINISTRY,
                12,
                new LocalizedName("Decree No. 9", null, null),
                MandateChange.GRANTED,
                FROM,
                List.of("Radar", "Interceptors"),
                List.of());

        assertThat(EnglishTitles.of(draft.title())).isEqualTo("Ministry of Defence: 2 duties granted by Decree No. 9");
        assertThat(draft.summary()).isEqualTo("Radar; Interceptors");
    }

    @Test
    void namesASingleWithdrawnDuty() {
        TimelineEntryDraft draft = MandateEntries.draft(
                MINISTRY,
                12,
                new LocalizedName("Decree No. 9", null, null),
                MandateChange.WITHDRAWN,
                FROM,
                List.of("Radar"),
                List.of());

        assertThat(EnglishTitles.of(draft.title())).isEqualTo("Ministry of Defence: 1 duty withdrawn by Decree No. 9");
        assertThat(draft.subtype()).isEqualTo("WITHDRAWN");
    }

    @Test
    void pointsToTheBodyAsOfTheDayOfTheChange() {
        Citation decree = new Citation("Official gazette", "Decree No. 9", null, "2025");
        TimelineEntryDraft draft = MandateEntries.draft(
                MINISTRY,
                12,
                new LocalizedName("Decree No. 9", null, null),
                MandateChange.GRANTED,
                FROM,
                List.of("Radar"),
                List.of(decree));

        assertThat(draft.kind()).isEqualTo(EntryKind.MANDATE_CHANGE);
        assertThat(draft.date()).isEqualTo(FuzzyDate.exact(FROM));
        assertThat(draft.path()).isEqualTo("/bodies/5?asOf=2025-06-01");
        assertThat(draft.bodyId()).isEqualTo(5L);
        assertThat(draft.bodyName()).isEqualTo("Ministry of Defence");
        assertThat(draft.sources()).containsExactly(decree);
    }
}
