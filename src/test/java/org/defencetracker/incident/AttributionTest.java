package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static long nextId = 1;

    @Test
    void isUnknownWithoutStatements() {
        assertThat(Attribution.from(List.of())).isEqualTo(new Attribution(AttributionStatus.UNKNOWN, null));
    }

    @Test
    void isAllegedWhenSomeoneClaimsAndNoOfficialAnswers() {
        Attribution attribution = Attribution.from(List.of(media(Stance.ASSERTS, "RU", FuzzyDate.day(2025, 6, 2))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.ALLEGED, "RU"));
    }

    @Test
    void takesTheOriginOfTheLatestClaim() {
        StatementView later = media(Stance.ASSERTS, "UA", FuzzyDate.day(2025, 6, 10));
        StatementView earlier = official(Stance.ASSERTS, "RU", FuzzyDate.day(2025, 6, 2));

        assertThat(Attribution.from(List.of(later, earlier)).origin()).isEqualTo("UA");
        assertThat(Attribution.from(List.of(earlier, later)).origin()).isEqualTo("UA");
    }

    @Test
    void breaksTiesBetweenClaimsOfOneDayByTheLaterRecord() {
        StatementView first = media(Stance.ASSERTS, "RU", FuzzyDate.month(2025, 6));
        StatementView second = media(Stance.ASSERTS, "UA", FuzzyDate.month(2025, 6));

        assertThat(Attribution.from(List.of(second, first)).origin()).isEqualTo("UA");
    }

    @Test
    void isDeniedWhenOfficialsDenyAndNoneConfirm() {
        Attribution attribution = Attribution.from(List.of(
                official(Stance.ASSERTS, "UA", FuzzyDate.month(2025, 6)),
                media(Stance.ASSERTS, "UA", FuzzyDate.month(2025, 6)),
                official(Stance.DENIES, null, FuzzyDate.month(2025, 6))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.DENIED, "UA"));
    }

    @Test
    void isDeniedWithoutOriginWhenNobodyNamedOne() {
        Attribution attribution = Attribution.from(List.of(official(Stance.DENIES, null, FuzzyDate.year(2025))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.DENIED, null));
    }

    @Test
    void ignoresDenialsThatAreNotOfficial() {
        Attribution attribution = Attribution.from(List.of(
                media(Stance.ASSERTS, "RU", FuzzyDate.day(2025, 6, 2)),
                media(Stance.DENIES, null, FuzzyDate.day(2025, 6, 3))));

        assertThat(attribution.status()).isEqualTo(AttributionStatus.ALLEGED);
    }

    @Test
    void isConfirmedByAnOfficialConfirmationEvenWhenOthersDeny() {
        Attribution attribution = Attribution.from(List.of(
                media(Stance.ASSERTS, "UA", FuzzyDate.day(2025, 6, 1)),
                official(Stance.DENIES, null, FuzzyDate.day(2025, 6, 2)),
                official(Stance.CONFIRMS, "RU", FuzzyDate.day(2025, 6, 3))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.CONFIRMED, "RU"));
    }

    @Test
    void takesTheOriginOfTheConfirmationOverLaterClaims() {
        Attribution attribution = Attribution.from(List.of(
                official(Stance.CONFIRMS, "RU", FuzzyDate.day(2025, 6, 3)),
                media(Stance.ASSERTS, "UA", FuzzyDate.day(2025, 7, 1))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.CONFIRMED, "RU"));
    }

    @Test
    void takesTheOriginOfTheLatestClaimWhenTheConfirmationNamesNone() {
        Attribution attribution = Attribution.from(List.of(
                media(Stance.ASSERTS, "RU", FuzzyDate.day(2025, 6, 1)),
                media(Stance.ASSERTS, "BY", FuzzyDate.day(2025, 6, 5)),
                media(Stance.ASSERTS, null, FuzzyDate.day(2025, 6, 6)),
                official(Stance.CONFIRMS, null, FuzzyDate.day(2025, 6, 7))));

        assertThat(attribution).isEqualTo(new Attribution(AttributionStatus.CONFIRMED, "BY"));
    }

    @Test
    void takesTheLatestOfSeveralConfirmations() {
        Attribution attribution = Attribution.from(List.of(
                official(Stance.CONFIRMS, "UA", FuzzyDate.day(2025, 7, 1)),
                official(Stance.CONFIRMS, "RU", FuzzyDate.day(2025, 6, 1))));

        assertThat(attribution.origin()).isEqualTo("UA");
    }

    @Test
    void doesNotCountAConfirmationByTheMediaAsConfirmed() {
        assertThat(Attribution.from(List.of(media(Stance.CONFIRMS, "RU", FuzzyDate.day(2025, 6, 1)))))
                .isEqualTo(Attribution.NONE);
        assertThat(Attribution.from(List.of(
                                media(Stance.ASSERTS, "RU", FuzzyDate.day(2025, 6, 1)),
                                media(Stance.CONFIRMS, "RU", FuzzyDate.day(2025, 6, 2))))
                        .status())
                .isEqualTo(AttributionStatus.ALLEGED);
    }

    private static StatementView official(Stance stance, String claimedOrigin, FuzzyDate date) {
        return statement(ActorType.OFFICIAL, stance, claimedOrigin, date);
    }

    private static StatementView media(Stance stance, String claimedOrigin, FuzzyDate date) {
        return statement(ActorType.MEDIA, stance, claimedOrigin, date);
    }

    private static StatementView statement(ActorType actorType, Stance stance, String claimedOrigin, FuzzyDate date) {
        return new StatementView(
                nextId++,
                date,
                actorType,
                "Actor",
                null,
                null,
                stance,
                claimedOrigin,
                "What was said",
                false,
                1L,
                null,
                List.of());
    }
}
