package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim ledger decides the attribution by who speaks: the incidents here happened in Kazakhstan (the affected
 * state), claims name Russia or Ukraine as the origin, and the United States stands for a third party.
 */
class AttributionTest {

    private static final String AFFECTED = "KZ";
    private static final AtomicLong ids = new AtomicLong();

    static Stream<Arguments> ledgers() {
        return Stream.of(
                // no claim about origin
                row("no statements", List.of(), AttributionStatus.UNKNOWN, null),
                row(
                        "a statement naming no origin is no claim about origin",
                        List.of(media("Local media", "KZ", Stance.ASSERTS, null, 2)),
                        AttributionStatus.UNKNOWN,
                        null),
                // a claim naming an origin, nobody official answered
                row(
                        "media name an origin",
                        List.of(media("Russian Telegram channels", "RU", Stance.ASSERTS, "UA", 2)),
                        AttributionStatus.ALLEGED,
                        "UA"),
                row(
                        "the latest claim names the origin",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "UA", 10),
                                official("Russian officials", "RU", Stance.ASSERTS, "RU", 2)),
                        AttributionStatus.ALLEGED,
                        "UA"),
                row(
                        "media confirming is only alleging",
                        List.of(media("Kazakhstani media", "KZ", Stance.CONFIRMS, "RU", 2)),
                        AttributionStatus.ALLEGED,
                        "RU"),
                row(
                        "media denying answers nothing",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 2),
                                media("Outlet B", "RU", Stance.DENIES, null, 3)),
                        AttributionStatus.ALLEGED,
                        "RU"),
                row(
                        "a third state's officials confirming are only alleging",
                        List.of(official("US officials", "US", Stance.CONFIRMS, "RU", 2)),
                        AttributionStatus.ALLEGED,
                        "RU"),
                row(
                        "a third state's officials denying answer nothing",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 2),
                                official("US officials", "US", Stance.DENIES, null, 3)),
                        AttributionStatus.ALLEGED,
                        "RU"),
                row(
                        "a state that is not the one named, denying, answers nothing",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "UA", 2),
                                official("Russian officials", "RU", Stance.DENIES, null, 3)),
                        AttributionStatus.ALLEGED,
                        "UA"),
                row(
                        "officials whose country is unknown do not confirm",
                        List.of(official("Officials", null, Stance.CONFIRMS, "RU", 2)),
                        AttributionStatus.ALLEGED,
                        "RU"),
                // a claim, and the named origin state's officials deny it
                row(
                        "the named state denies",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 2),
                                official("Russian officials", "RU", Stance.DENIES, null, 3)),
                        AttributionStatus.CONTESTED,
                        "RU"),
                row(
                        "the named state retracts its admission",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 2),
                                official("Russian officials", "RU", Stance.CONFIRMS, "RU", 3),
                                official("Russian officials", "RU", Stance.DENIES, null, 4)),
                        AttributionStatus.CONTESTED,
                        "RU"),
                // the affected state's officials confirm the origin
                row(
                        "the affected state's officials confirm",
                        List.of(
                                media("Outlet A", "RU", Stance.ASSERTS, "UA", 1),
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, "RU", 3)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "a body of the affected state confirms (its country is the body's)",
                        List.of(bodyOfficial("Ministry of Defence", "KZ", Stance.CONFIRMS, "RU", 3)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "a confirmation naming none takes the origin of the latest claim",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                media("Outlet B", "KZ", Stance.ASSERTS, "BY", 5),
                                media("Outlet C", "KZ", Stance.ASSERTS, null, 6),
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, null, 7)),
                        AttributionStatus.CONFIRMED,
                        "BY"),
                row(
                        "a confirmation naming none, without claims, confirms no origin",
                        List.of(official("Kazakhstani officials", "KZ", Stance.CONFIRMS, null, 7)),
                        AttributionStatus.CONFIRMED,
                        null),
                row(
                        "the confirmed origin stands over later claims",
                        List.of(
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, "RU", 3),
                                media("Outlet A", "KZ", Stance.ASSERTS, "UA", 20)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "the named state's later denial leaves it confirmed",
                        List.of(
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, "RU", 3),
                                official("Russian officials", "RU", Stance.DENIES, null, 4)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "the affected state confirms after the named state denied",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Russian officials", "RU", Stance.DENIES, null, 2),
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, null, 3)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                // an admission by the named state also confirms
                row(
                        "the named state admits",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Russian officials", "RU", Stance.CONFIRMS, null, 2)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "the named state admits after denying",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Russian officials", "RU", Stance.DENIES, null, 2),
                                official("Russian officials", "RU", Stance.CONFIRMS, "RU", 3)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "the named state's admission stands over the affected state's denial",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Kazakhstani officials", "KZ", Stance.DENIES, null, 2),
                                official("Russian officials", "RU", Stance.CONFIRMS, "RU", 3)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                // the affected state's officials deny, none of them confirmed
                row(
                        "the affected state's officials deny the claim",
                        List.of(
                                official("Russian officials", "RU", Stance.ASSERTS, "UA", 1),
                                official("Kazakhstani officials", "KZ", Stance.DENIES, null, 2)),
                        AttributionStatus.DENIED,
                        "UA"),
                row(
                        "the affected state's officials deny the incident, nobody named an origin",
                        List.of(official("Kazakhstani officials", "KZ", Stance.DENIES, null, 2)),
                        AttributionStatus.DENIED,
                        null),
                row(
                        "the affected state's denial decides over the named state's",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Russian officials", "RU", Stance.DENIES, null, 2),
                                official("Kazakhstani officials", "KZ", Stance.DENIES, null, 3)),
                        AttributionStatus.DENIED,
                        "RU"),
                // the latest official word of the affected state wins: a retraction is a statement too
                row(
                        "a confirmation retracted by a later denial",
                        List.of(
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, "RU", 3),
                                official("Kazakhstani officials", "KZ", Stance.DENIES, null, 10)),
                        AttributionStatus.DENIED,
                        "RU"),
                row(
                        "a denial followed by a confirmation",
                        List.of(
                                media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                                official("Kazakhstani officials", "KZ", Stance.DENIES, null, 3),
                                official("Kazakhstani officials", "KZ", Stance.CONFIRMS, "RU", 10)),
                        AttributionStatus.CONFIRMED,
                        "RU"),
                row(
                        "the demo case: Russia accuses, Russian channels speculate, Kazakhstani officials deny",
                        demoTransitLedger(),
                        AttributionStatus.DENIED,
                        "UA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void followsWhoSpeaks(List<StatementView> ledger, AttributionStatus status, String origin) {
        Attribution attribution = Attribution.from(AFFECTED, ledger);

        assertThat(attribution.status()).isEqualTo(status);
        assertThat(attribution.origin()).isEqualTo(origin);
        List<StatementView> reversed = new ArrayList<>(ledger);
        Collections.reverse(reversed);
        assertThat(Attribution.from(AFFECTED, reversed))
                .as("the order statements are listed in does not matter")
                .isEqualTo(attribution);
    }

    @Test
    void breaksTiesBetweenClaimsOfOneDayByTheLaterRecord() {
        StatementView first =
                statement("A", ActorType.MEDIA, "KZ", null, Stance.ASSERTS, "RU", FuzzyDate.month(2025, 6));
        StatementView second =
                statement("B", ActorType.MEDIA, "KZ", null, Stance.ASSERTS, "UA", FuzzyDate.month(2025, 6));

        assertThat(Attribution.from(AFFECTED, List.of(second, first)).origin()).isEqualTo("UA");
    }

    @Test
    void namesWhoAllegedAnOrigin() {
        Attribution attribution = Attribution.from(
                AFFECTED,
                List.of(
                        media("Russian Telegram channels", "RU", Stance.ASSERTS, "RU", 2),
                        media("Outlet A", "KZ", Stance.ASSERTS, "UA", 3),
                        media("Russian Telegram channels", "RU", Stance.ASSERTS, "RU", 4)));

        assertThat(attribution.allegedBy()).extracting(LocalizedName::en).containsExactly("Russian Telegram channels");
        assertThat(attribution.decidedBy()).isNull();
        assertThat(attribution.badgeKey()).isEqualTo("attribution.badge.ALLEGED");
    }

    @Test
    void namesWhoAllegedAndThatTheNamedStateDenied() {
        Attribution attribution = Attribution.from(
                AFFECTED,
                List.of(
                        media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                        official("Russian Ministry of Defence", "RU", Stance.DENIES, null, 2)));

        assertThat(attribution)
                .isEqualTo(new Attribution(
                        AttributionStatus.CONTESTED,
                        "RU",
                        List.of(english("Outlet A")),
                        english("Russian Ministry of Defence"),
                        true));
        assertThat(attribution.badgeKey()).isEqualTo("attribution.badge.CONTESTED");
    }

    @Test
    void namesWhoConfirmedAndKeepsTheNamedStatesLaterDenialBesideIt() {
        Attribution attribution = Attribution.from(
                AFFECTED,
                List.of(
                        media("Outlet A", "KZ", Stance.ASSERTS, "RU", 1),
                        official("Kazakhstani defence officials", "KZ", Stance.CONFIRMS, "RU", 3),
                        official("Russian officials", "RU", Stance.DENIES, null, 4)));

        assertThat(attribution)
                .isEqualTo(new Attribution(
                        AttributionStatus.CONFIRMED,
                        "RU",
                        List.of(english("Outlet A")),
                        english("Kazakhstani defence officials"),
                        true));
        assertThat(attribution.badgeKey()).isEqualTo("attribution.badge.CONFIRMED.deniedByOrigin");
    }

    @Test
    void namesWhoDeniedInTheDemoCase() {
        Attribution attribution = Attribution.from(AFFECTED, demoTransitLedger());

        assertThat(attribution.allegedBy())
                .extracting(LocalizedName::en)
                .containsExactly("Russia", "Russian Telegram channels");
        assertThat(attribution.decidedBy().en()).isEqualTo("Kazakhstani officials");
        assertThat(attribution.deniedByOrigin()).isFalse();
        assertThat(attribution.badgeKey()).isEqualTo("attribution.badge.DENIED");
    }

    @Test
    void hasABadgeForAConfirmationWithoutOrigin() {
        Attribution attribution =
                Attribution.from(AFFECTED, List.of(official("Kazakhstani officials", "KZ", Stance.CONFIRMS, null, 1)));

        assertThat(attribution.badgeKey()).isEqualTo("attribution.badge.CONFIRMED.noOrigin");
        assertThat(Attribution.NONE.badgeKey()).isEqualTo("attribution.badge.UNKNOWN");
    }

    /** Russia accuses Kazakhstan of letting Ukrainian drones through; Kazakhstani officials deny it. */
    private static List<StatementView> demoTransitLedger() {
        FuzzyDate june = FuzzyDate.month(2025, 6).approximately();
        return List.of(
                statement("Russia", ActorType.OFFICIAL, "RU", null, Stance.ASSERTS, "UA", june),
                statement("Russian Telegram channels", ActorType.MEDIA, "RU", null, Stance.ASSERTS, "UA", june),
                statement("Kazakhstani officials", ActorType.OFFICIAL, "KZ", null, Stance.DENIES, null, june));
    }

    private static Arguments row(String name, List<StatementView> ledger, AttributionStatus status, String origin) {
        return Arguments.of(Named.of(name, ledger), status, origin);
    }

    private static StatementView official(String actor, String country, Stance stance, String origin, int juneDay) {
        return statement(actor, ActorType.OFFICIAL, country, null, stance, origin, FuzzyDate.day(2025, 6, juneDay));
    }

    private static StatementView bodyOfficial(
            String body, String bodyCountry, Stance stance, String origin, int juneDay) {
        return statement(body, ActorType.OFFICIAL, null, bodyCountry, stance, origin, FuzzyDate.day(2025, 6, juneDay));
    }

    private static StatementView media(String actor, String country, Stance stance, String origin, int juneDay) {
        return statement(actor, ActorType.MEDIA, country, null, stance, origin, FuzzyDate.day(2025, 6, juneDay));
    }

    private static StatementView statement(
            String actor,
            ActorType actorType,
            String country,
            String bodyCountry,
            Stance stance,
            String claimedOrigin,
            FuzzyDate date) {
        return new StatementView(
                ids.incrementAndGet(),
                date,
                actorType,
                actor,
                bodyCountry == null ? null : 7L,
                country,
                stance,
                claimedOrigin,
                "What was said",
                false,
                1L,
                null,
                List.of(),
                0,
                false,
                bodyCountry,
                null);
    }

    private static LocalizedName english(String name) {
        return new LocalizedName(name, null, null);
    }
}
