package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.junit.jupiter.api.Test;

class IncidentEntriesTest {

    private static final RegionView AKMOLA = new RegionView(
            "AKM", "KZ", "Akmola Region", null, null, new LocalizedName("Kokshetau", null, null), 53.28, 69.39);
    private static final SourceView REPORT =
            new SourceView(8, "News agency", "Drone over the steppe", null, FuzzyDate.day(2025, 4, 2), null, 0, false);

    @Test
    void placesAnIncidentAtItsOwnPoint() {
        Place place =
                IncidentEntries.place(AKMOLA, new BigDecimal("53.1"), new BigDecimal("69.2"), GeoPrecision.SETTLEMENT);

        assertThat(place)
                .isEqualTo(new Place(
                        "AKM", "Akmola Region", new BigDecimal("53.1"), new BigDecimal("69.2"), "SETTLEMENT"));
    }

    @Test
    void placesAnIncidentKnownByItsRegionAtTheRegionsCentre() {
        Place place = IncidentEntries.place(AKMOLA, null, null, GeoPrecision.UNKNOWN);

        assertThat(place)
                .isEqualTo(new Place(
                        "AKM", "Akmola Region", BigDecimal.valueOf(53.28), BigDecimal.valueOf(69.39), "REGION"));
    }

    @Test
    void placesAnIncidentWithoutRegionOrPointNowhere() {
        Place place = IncidentEntries.place(null, null, null, GeoPrecision.COUNTRY);

        assertThat(place.hasPoint()).isFalse();
        assertThat(place).isEqualTo(new Place(null, null, null, null, "COUNTRY"));
    }

    @Test
    void carriesTitleDescriptionDateAndTheAttributionOfTheLedger() {
        TimelineEntryDraft draft = IncidentEntries.draft(incident(new Attribution(AttributionStatus.ALLEGED, "RU")));

        assertThat(draft.key()).isEqualTo("incident:33");
        assertThat(draft.kind()).isEqualTo(EntryKind.INCIDENT);
        assertThat(draft.subtype()).isEqualTo("DRONE_INCURSION");
        assertThat(draft.title().text()).isEqualTo("Drone over Kokshetau");
        assertThat(draft.summary()).isEqualTo("Seen at dawn.");
        assertThat(draft.date()).isEqualTo(FuzzyDate.day(2025, 4, 1));
        assertThat(draft.path()).isEqualTo("/incidents/33");
        assertThat(draft.origin()).isEqualTo("RU");
        assertThat(draft.attribution()).isEqualTo("ALLEGED");
        assertThat(draft.bodyId()).isNull();
        assertThat(draft.place().regionCode()).isEqualTo("AKM");
        assertThat(draft.sources()).containsExactly(REPORT.citation());
    }

    @Test
    void leavesTheOriginOfAnUnattributedIncidentEmpty() {
        TimelineEntryDraft draft = IncidentEntries.draft(incident(Attribution.NONE));

        assertThat(draft.origin()).isNull();
        assertThat(draft.attribution()).isEqualTo("UNKNOWN");
    }

    private static IncidentView incident(Attribution attribution) {
        return new IncidentView(
                33,
                IncidentKind.DRONE_INCURSION,
                "Drone over Kokshetau",
                FuzzyDate.day(2025, 4, 1),
                "KZ",
                AKMOLA,
                "Kokshetau",
                null,
                null,
                GeoPrecision.UNKNOWN,
                1,
                null,
                IncidentResponse.UNKNOWN,
                "Seen at dawn.",
                attribution,
                List.of(REPORT),
                0,
                false,
                IncidentTranslations.NONE);
    }
}
