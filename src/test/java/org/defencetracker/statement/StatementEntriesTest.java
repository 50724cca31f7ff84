package org.defencetracker.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EnglishTitles;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.junit.jupiter.api.Test;

class StatementEntriesTest {

    private static final SourceView REPORT =
            new SourceView(8, "News agency", "Drone over the border", null, FuzzyDate.day(2025, 4, 2), null, 0, false);

    @Test
    void headsAClaimThatNamesAnOriginAsAClaim() {
        assertThat(EnglishTitles.of(StatementEntries.draft(statement(Stance.ASSERTS, "RU", null, 4L, null))
                        .title()))
                .isEqualTo("Claim by Ministry of Defence");
        assertThat(EnglishTitles.of(StatementEntries.draft(statement(Stance.ASSERTS, null, null, 4L, null))
                        .title()))
                .isEqualTo("Statement by Ministry of Defence");
    }

    @Test
    void headsConfirmationsAndDenials() {
        assertThat(EnglishTitles.of(StatementEntries.draft(statement(Stance.CONFIRMS, "RU", null, 4L, null))
                        .title()))
                .isEqualTo("Confirmation by Ministry of Defence");
        assertThat(EnglishTitles.of(StatementEntries.draft(statement(Stance.DENIES, "RU", null, 4L, null))
                        .title()))
                .isEqualTo("Denial by Ministry of Defence");
    }

    @Test
    void pointsIntoTheLedgerOfItsSubject() {
        assertThat(StatementEntries.draft(statement(Stance.ASSERTS, "RU", null, 4L, null))
                        .path())
                .isEqualTo("/incidents/4#statement-21");
        assertThat(StatementEntries.draft(statement(Stance.ASSERTS, null, null, null, 6L))
                        .path())
                .isEqualTo("/acts/6#statement-21");
    }

    @Test
    void namesTheBodyOnlyWhenABodySpoke() {
        TimelineEntryDraft byBody = StatementEntries.draft(statement(Stance.ASSERTS, "RU", 3L, 4L, null));
        TimelineEntryDraft byName = StatementEntries.draft(statement(Stance.ASSERTS, "RU", null, 4L, null));

        assertThat(byBody.bodyId()).isEqualTo(3L);
        assertThat(byBody.bodyName()).isEqualTo("Ministry of Defence");
        assertThat(byName.bodyId()).isNull();
        assertThat(byName.bodyName()).isNull();
    }

    @Test
    void carriesTextDateStanceOriginAndSources() {
        TimelineEntryDraft draft = StatementEntries.draft(statement(Stance.ASSERTS, "RU", null, 4L, null));

        assertThat(draft.key()).isEqualTo("statement:21");
        assertThat(draft.kind()).isEqualTo(EntryKind.STATEMENT);
        assertThat(draft.subtype()).isEqualTo("ASSERTS");
        assertThat(draft.date()).isEqualTo(FuzzyDate.day(2025, 4, 2));
        assertThat(draft.summary()).isEqualTo("The drone came from the north.");
        assertThat(draft.origin()).isEqualTo("RU");
        assertThat(draft.attribution()).isNull();
        assertThat(draft.sources()).containsExactly(REPORT.citation());
    }

    private static StatementView statement(Stance stance, String origin, Long bodyId, Long incidentId, Long actId) {
        return new StatementView(
                21,
                FuzzyDate.day(2025, 4, 2),
                ActorType.OFFICIAL,
                "Ministry of Defence",
                bodyId,
                "KZ",
                stance,
                origin,
                "The drone came from the north.",
                false,
                incidentId,
                actId,
                List.of(REPORT),
                0,
                false,
                null,
                null);
    }
}
