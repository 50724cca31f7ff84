package org.defencetracker.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class MandateServiceTest {

    private static final LocalDate SEP_13 = LocalDate.of(2015, 9, 13);
    private static final LocalDate SEP_14 = LocalDate.of(2015, 9, 14);

    @Autowired
    MandateService mandates;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    BodyView body;
    ActView decree;

    @BeforeEach
    void createBodyAndDecree() {
        body = records.body();
        decree = records.act(records.body("Test government").id())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(SEP_14))
                .issue();
    }

    @Test
    void showsMandateAsOfDate() {
        grant(SEP_14, null, "Warn citizens early", "Help evacuate civilians");

        assertThat(mandates.asOf(body.id(), SEP_13)).isEmpty();
        assertThat(mandates.asOf(body.id(), SEP_14))
                .extracting(MandateView::duty)
                .containsExactly("Warn citizens early", "Help evacuate civilians");
        assertThat(mandates.asOf(body.id(), LocalDate.of(2040, 1, 1))).hasSize(2);
    }

    @Test
    void storesOneGrantedRowPerDuty() {
        grant(SEP_14, null, "Warn citizens early", "Help evacuate civilians");

        List<Tuple> rows = mandateRows();
        assertThat(rows)
                .containsExactly(
                        tuple("GRANTED", decree.id(), "Warn citizens early", SEP_14, null),
                        tuple("GRANTED", decree.id(), "Help evacuate civilians", SEP_14, null));
    }

    @Test
    void countsTheLastDayOfAValidityPeriod() {
        grant(SEP_14, LocalDate.of(2015, 12, 31), "Keep civil defence ready");

        assertThat(mandates.asOf(body.id(), LocalDate.of(2015, 12, 31))).hasSize(1);
        assertThat(mandates.asOf(body.id(), LocalDate.of(2016, 1, 1))).isEmpty();
    }

    @Test
    void endsAWithdrawnDutyTheDayBeforeTheWithdrawal() {
        MandateView granted =
                grant(LocalDate.of(2015, 1, 1), null, "Defend facilities").get(0);
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));

        MandateView withdrawal = mandates.withdraw(
                new WithdrawDuty(granted.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));

        assertThat(withdrawal.change()).isEqualTo(MandateChange.WITHDRAWN);
        assertThat(withdrawal.actId()).isEqualTo(repeal.id());
        assertThat(mandates.asOf(body.id(), LocalDate.of(2015, 5, 31)))
                .extracting(MandateView::duty)
                .containsExactly("Defend facilities");
        assertThat(mandates.asOf(body.id(), LocalDate.of(2015, 6, 1))).isEmpty();
        List<Tuple> rows = mandateRows();
        assertThat(rows)
                .containsExactly(
                        tuple(
                                "GRANTED",
                                decree.id(),
                                "Defend facilities",
                                LocalDate.of(2015, 1, 1),
                                LocalDate.of(2015, 5, 31)),
                        tuple(
                                "WITHDRAWN",
                                repeal.id(),
                                "Defend facilities",
                                LocalDate.of(2015, 6, 1),
                                LocalDate.of(2015, 6, 1)));
    }

    @Test
    void keepsAnEarlierEndWhenADutyIsWithdrawnLater() {
        MandateView granted = grant(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31), "Defend facilities")
                .get(0);
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));

        mandates.withdraw(new WithdrawDuty(granted.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));

        assertThat(mandates.historyOf(body.id()))
                .filteredOn(m -> m.change() == MandateChange.GRANTED)
                .extracting(MandateView::validTo)
                .containsExactly(LocalDate.of(2015, 3, 31));
    }

    @Test
    void rejectsAWithdrawalOnTheDayOfTheGrant() {
        MandateView granted = grant(SEP_14, null, "Defend facilities").get(0);
        ActView repeal = laterDecree(SEP_14);

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        mandates.withdraw(new WithdrawDuty(granted.id(), repeal.id(), repeal.label(), SEP_14, null)));
        assertThat(mandates.historyOf(body.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.validTo()).isNull());
    }

    @Test
    void rejectsWithdrawingAWithdrawal() {
        MandateView granted =
                grant(LocalDate.of(2015, 1, 1), null, "Defend facilities").get(0);
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));
        MandateView withdrawal = mandates.withdraw(
                new WithdrawDuty(granted.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));

        assertThatIllegalStateException()
                .isThrownBy(() -> mandates.withdraw(new WithdrawDuty(
                        withdrawal.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 7, 1), null)));
    }

    @Test
    void listsWhatChangedBetweenTwoDates() {
        MandateView dropped =
                grant(LocalDate.of(2015, 1, 1), null, "Dropped duty").get(0);
        MandateView kept = grant(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), "Kept duty")
                .get(0);
        MandateView added = grant(LocalDate.of(2015, 3, 1), null, "Added duty").get(0);
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));
        mandates.withdraw(new WithdrawDuty(dropped.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));

        MandateDiff diff = mandates.changesBetween(body.id(), LocalDate.of(2015, 2, 1), LocalDate.of(2015, 7, 1));

        assertThat(diff.added()).extracting(MandateView::id).containsExactly(added.id());
        assertThat(diff.removed()).extracting(MandateView::duty).containsExactly("Dropped duty");
        assertThat(diff.kept()).extracting(MandateView::id).containsExactly(kept.id());
        assertThat(diff.isEmpty()).isFalse();
        assertThat(mandates.changesBetween(body.id(), LocalDate.of(2015, 7, 1), LocalDate.of(2015, 8, 1))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void namesTheActThatWithdrewADutyAndTheOneWhoseDutyRanOut() {
        MandateView withdrawn =
                grant(LocalDate.of(2015, 1, 1), null, "Withdrawn duty").get(0);
        grant(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 4, 30), "Expired duty");
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));
        mandates.withdraw(
                new WithdrawDuty(withdrawn.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));

        MandateDiff diff = mandates.changesBetween(body.id(), LocalDate.of(2015, 2, 1), LocalDate.of(2015, 7, 1));

        assertThat(diff.removed())
                .extracting(MandateView::duty, MandateView::change, MandateView::actId)
                .containsExactlyInAnyOrder(
                        tuple("Withdrawn duty", MandateChange.WITHDRAWN, repeal.id()),
                        tuple("Expired duty", MandateChange.GRANTED, decree.id()));
    }

    @Test
    void refusesToWithdrawADutyAlreadyWithdrawnAndWritesNothing() {
        MandateView granted =
                grant(LocalDate.of(2015, 1, 1), null, "Defend facilities").get(0);
        ActView repeal = laterDecree(LocalDate.of(2015, 6, 1));
        ActView again = laterDecree(LocalDate.of(2015, 8, 1));
        mandates.withdraw(new WithdrawDuty(granted.id(), repeal.id(), repeal.label(), LocalDate.of(2015, 6, 1), null));
        List<Tuple> before = mandateRows();

        for (LocalDate on : List.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 8, 1))) {
            assertThatExceptionOfType(DutyAlreadyWithdrawnException.class)
                    .isThrownBy(() ->
                            mandates.withdraw(new WithdrawDuty(granted.id(), again.id(), again.label(), on, null)));
        }

        assertThat(mandateRows()).isEqualTo(before);
        assertThat(mandates.withdrawable(body.id())).isEmpty();
    }

    @Test
    void rejectsValidToBeforeValidFrom() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> grant(SEP_14, SEP_13, "Defend facilities"))
                .withMessageContaining("cannot end before it starts");

        long rows = jdbc.sql("select count(*) from mandate where body_id = :body")
                .param("body", body.id())
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
    }

    @Test
    void acceptsADutyValidForOneDay() {
        grant(SEP_14, SEP_14, "Defend facilities");

        assertThat(mandates.asOf(body.id(), SEP_14)).hasSize(1);
        assertThat(mandates.asOf(body.id(), SEP_14.plusDays(1))).isEmpty();
    }

    @Test
    void listsTheDutiesOfAnAct() {
        grant(SEP_14, null, "Warn citizens early", "Help evacuate civilians");

        assertThat(mandates.ofAct(decree.id()))
                .extracting(MandateView::bodyId, MandateView::duty)
                .containsExactly(tuple(body.id(), "Warn citizens early"), tuple(body.id(), "Help evacuate civilians"));
    }

    private List<MandateView> grant(LocalDate validFrom, LocalDate validTo, String... duties) {
        return mandates.grant(new GrantDuties(
                body.id(), decree.id(), decree.label(), List.of(duties), validFrom, validTo, List.of()));
    }

    /** The body's mandate rows as stored: change, act, duty, valid from, valid to. */
    private List<Tuple> mandateRows() {
        return jdbc.sql("""
                        select change, act_id, duty, valid_from, valid_to from mandate
                        where body_id = :body order by id
                        """)
                .param("body", body.id())
                .query((rs, n) -> tuple(
                        rs.getString("change"),
                        rs.getLong("act_id"),
                        rs.getString("duty"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    private ActView laterDecree(LocalDate adopted) {
        return records.act(decree.issuingBodyId())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(adopted))
                .issue();
    }
}
