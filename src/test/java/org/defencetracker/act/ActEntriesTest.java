package org.defencetracker.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EnglishTitles;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.junit.jupiter.api.Test;

class ActEntriesTest {

    private static final BodyView PARLIAMENT = body(3, "Parliament");
    private static final BodyView SENATE = body(4, "Senate");
    private static final Citation GAZETTE = new Citation("Gazette", "The law", "https://example.org/law", "2025");

    @Test
    void writesOneEntryPerStageKeyedByActAndStage() {
        List<TimelineEntryDraft> drafts = ActEntries.drafts(law(), Map.of(3L, PARLIAMENT, 4L, SENATE)::get, List.of());

        assertThat(drafts).extracting(TimelineEntryDraft::key).containsExactly("act-stage:12:40", "act-stage:12:41");
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.kind()).isEqualTo(EntryKind.ACT_STAGE);
            assertThat(draft.path()).isEqualTo("/acts/12");
            assertThat(draft.summary()).isEqualTo("Who guards the sky");
            assertThat(draft.place()).isNull();
        });
    }

    @Test
    void titlesTheStageByItsStepAndTheActsTitle() {
        List<TimelineEntryDraft> drafts = ActEntries.drafts(law(), Map.of(3L, PARLIAMENT, 4L, SENATE)::get, List.of());

        assertThat(drafts)
                .extracting(draft -> EnglishTitles.of(draft.title()))
                .containsExactly(
                        "Law passed by the Mazhilis: On air defence", "Law approved by the Senate: On air defence");
        assertThat(drafts)
                .extracting(TimelineEntryDraft::subtype)
                .containsExactly("PASSED_MAZHILIS", "APPROVED_SENATE");
        assertThat(drafts)
                .extracting(TimelineEntryDraft::date)
                .containsExactly(FuzzyDate.day(2025, 3, 4), FuzzyDate.month(2025, 5));
    }

    @Test
    void givesAStageTheBodyThatTookItElseTheIssuingBody() {
        List<TimelineEntryDraft> drafts = ActEntries.drafts(law(), Map.of(3L, PARLIAMENT, 4L, SENATE)::get, List.of());

        assertThat(drafts).extracting(TimelineEntryDraft::bodyId).containsExactly(3L, 4L);
        assertThat(drafts).extracting(TimelineEntryDraft::bodyName).containsExactly("Parliament", "Senate");
    }

    @Test
    void citesTheActsSourcesOnEveryStage() {
        List<TimelineEntryDraft> drafts =
                ActEntries.drafts(law(), Map.of(3L, PARLIAMENT, 4L, SENATE)::get, List.of(GAZETTE));

        assertThat(drafts).allSatisfy(draft -> assertThat(draft.sources()).containsExactly(GAZETTE));
    }

    private static ActView law() {
        return new ActView(
                12,
                ActKind.LAW,
                "7-VIII",
                null,
                null,
                "On air defence",
                null,
                null,
                3,
                "Who guards the sky",
                null,
                null,
                "Law No. 7-VIII of 4 March 2025",
                StageKind.APPROVED_SENATE,
                List.of(
                        new StageView(40, StageKind.PASSED_MAZHILIS, FuzzyDate.day(2025, 3, 4), null, null),
                        new StageView(41, StageKind.APPROVED_SENATE, FuzzyDate.month(2025, 5), 4L, "second reading")),
                List.of(9L),
                0,
                false);
    }

    private static BodyView body(long id, String name) {
        return new BodyView(id, BodyKind.PARLIAMENT, null, "KZ", name, null, null, null, 0, false);
    }
}
