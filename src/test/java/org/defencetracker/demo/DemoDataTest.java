package org.defencetracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.incident.Attribution;
import org.defencetracker.incident.AttributionStatus;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first case, loaded at start-up into the empty database, as an analyst would query it. */
@PostgresTest
class DemoDataTest {

    private static final List<String> TERRITORIAL_DEFENCE_DUTIES = List.of(
            "Defend facilities under its authority according to territorial-defence plans",
            "Warn citizens early about emerging security threats",
            "Help evacuate civilians when needed",
            "Keep civil-defence bodies constantly ready for territorial-defence tasks",
            "Promote the activities of the military-patriotic education system");

    @Autowired
    BodyService bodies;

    @Autowired
    ActService acts;

    @Autowired
    org.defencetracker.act.ActLists lists;

    @Autowired
    MandateService mandates;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    IncidentService incidents;

    @Test
    void givesTheMinistryTerritorialDefenceDutiesFromTheDecreeOf14September2025() {
        BodyView ministry = demoBody("Ministry of Emergency Situations");
        ActView decree = decreeOf14September2025();

        assertThat(mandates.asOf(ministry.id(), LocalDate.of(2025, 9, 1)))
                .extracting(MandateView::duty)
                .doesNotContainAnyElementsOf(TERRITORIAL_DEFENCE_DUTIES);
        List<MandateView> after = mandates.asOf(ministry.id(), LocalDate.of(2025, 9, 15)).stream()
                .filter(m -> TERRITORIAL_DEFENCE_DUTIES.contains(m.duty()))
                .toList();
        assertThat(after).extracting(MandateView::duty).containsExactlyInAnyOrderElementsOf(TERRITORIAL_DEFENCE_DUTIES);
        assertThat(after).allSatisfy(m -> assertThat(m.actId()).isEqualTo(decree.id()));
    }

    @Test
    void listsTheDutiesAsAddedBetweenTheFirstAndTheFifteenthOfSeptember() {
        BodyView ministry = demoBody("Ministry of Emergency Situations");

        assertThat(mandates.changesBetween(ministry.id(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15))
                        .added())
                .extracting(MandateView::duty)
                .containsAll(TERRITORIAL_DEFENCE_DUTIES);
    }

    @Test
    void keepsTheSenateApprovalAtMonthPrecision() {
        BodyView parliament = demoBody("Parliament of the Republic of Kazakhstan");
        BodyView senate = demoBody("Senate");

        ActView law = lists.issuedBy(parliament.id(), null).acts().stream()
                .filter(a -> a.kind() == ActKind.LAW && a.titleEn().equals("Territorial Defence Act"))
                .findFirst()
                .orElseThrow();

        assertThat(law.stages()).singleElement().satisfies(stage -> {
            assertThat(stage.stage()).isEqualTo(StageKind.APPROVED_SENATE);
            assertThat(stage.date()).isEqualTo(FuzzyDate.month(2025, 6));
            assertThat(stage.date().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(stage.bodyId()).isEqualTo(senate.id());
        });
    }

    @Test
    void showsTheConfirmedAndTheDeniedAttributionOnTheTimeline() {
        assertThat(incidentEntry("Series of drone incursions into Kazakhstan")).satisfies(entry -> {
            assertThat(entry.attribution()).isEqualTo("CONFIRMED");
            assertThat(entry.origin()).isEqualTo("RU");
            assertThat(entry.date()).isEqualTo(FuzzyDate.year(2025).approximately());
        });
        assertThat(incidentEntry("Alleged passage of Ukrainian drones through Kazakhstan's airspace"))
                .satisfies(entry -> {
                    assertThat(entry.attribution()).isEqualTo("DENIED");
                    assertThat(entry.origin()).isEqualTo("UA");
                    assertThat(entry.sources())
                            .extracting(c -> c.title())
                            .containsExactly(
                                    "Kazakhstan bolsters rapid response capabilities to potential security threats");
                });
    }

    @Test
    void namesWhoConfirmedWhoAllegedAndWhoDenied() {
        Attribution confirmed = attributionOf("Series of drone incursions into Kazakhstan");
        assertThat(confirmed.status()).isEqualTo(AttributionStatus.CONFIRMED);
        assertThat(confirmed.decidedBy().en()).isEqualTo("Kazakhstani defence officials");
        assertThat(confirmed.badgeKey()).isEqualTo("attribution.badge.CONFIRMED");

        // Russia blames Ukrainian drones passing through Kazakhstan; Kazakhstan, where the passage would have
        // happened, denies it. Ukraine, the state named as the origin, said nothing: denied, not contested.
        Attribution denied = attributionOf("Alleged passage of Ukrainian drones through Kazakhstan's airspace");
        assertThat(denied.status()).isEqualTo(AttributionStatus.DENIED);
        assertThat(denied.origin()).isEqualTo("UA");
        assertThat(denied.allegedBy())
                .extracting(LocalizedName::en)
                .containsExactly("Russia", "Russian Telegram channels");
        assertThat(denied.decidedBy().en()).isEqualTo("Kazakhstani officials");
        assertThat(denied.deniedByOrigin()).isFalse();
    }

    private Attribution attributionOf(String title) {
        String path = incidentEntry(title).path();
        return incidents.attributionOf(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
    }

    private BodyView demoBody(String name) {
        Optional<BodyView> body = bodies.findByName("KZ", name);
        assertThat(body)
                .as("%s of the demo case; it is loaded only into a database without bodies at start-up", name)
                .isPresent();
        return body.get();
    }

    private ActView decreeOf14September2025() {
        BodyView government = demoBody("Government of the Republic of Kazakhstan");
        return lists.issuedBy(government.id(), null).acts().stream()
                .filter(a -> a.kind() == ActKind.DECREE)
                .filter(a -> a.stages().stream().anyMatch(s -> s.date().equals(FuzzyDate.day(2025, 9, 14))))
                .findFirst()
                .orElseThrow();
    }

    private TimelineEntry incidentEntry(String title) {
        TimelineFilter filter =
                new TimelineFilter(null, null, Set.of(EntryKind.INCIDENT), null, null, null, null, title);
        return timeline.page(filter, null, null, 50).entries().stream()
                .filter(e -> e.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
