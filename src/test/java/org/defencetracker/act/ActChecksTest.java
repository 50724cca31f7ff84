package org.defencetracker.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.act.web.ActForm;
import org.defencetracker.act.web.DutyRow;
import org.defencetracker.act.web.StageRow;
import org.defencetracker.act.web.WithdrawalRow;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.statement.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

class ActChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC);
    private static final MandateView GRANT = new MandateView(
            20, 1, 9, MandateChange.GRANTED, "Keeps the register", LocalDate.of(2020, 1, 1), null, null);

    private final ActService acts = mock(ActService.class);
    private final BodyService bodies = mock(BodyService.class);
    private final MandateService mandates = mock(MandateService.class);
    private final SourceService sources = mock(SourceService.class);
    private final ActChecks checks = new ActChecks(CLOCK, acts, bodies, mandates, sources);
    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @BeforeEach
    void records() {
        BodyView ministry = new BodyView(1, BodyKind.MINISTRY, null, "KZ", "Ministry", null, null, null, 0, false);
        when(bodies.isListed(ministry.id())).thenReturn(true);
        when(bodies.offered()).thenReturn(Map.of(ministry.id(), ministry.nameEn()));
        when(sources.citable(any(), any())).thenReturn(Set.of(5L));
        when(mandates.historyOf(anyLong())).thenReturn(List.of(GRANT));
        when(mandates.grants(any())).thenReturn(List.of(GRANT));
        when(mandates.withdrawalOf(anyLong())).thenReturn(Optional.empty());
    }

    @Test
    void readsADecreeWithItsStageSourceDutyAndWithdrawal() {
        CheckedAct checked = checks.read(form(), errors);

        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(checked.issuer()).isEqualTo(1L);
        assertThat(checked.stages()).hasSize(1);
        assertThat(checked.sourceIds()).containsExactly(5L);
        assertThat(checked.duties())
                .singleElement()
                .satisfies(d -> assertThat(d.bodyId()).isEqualTo(1L));
        assertThat(checked.withdrawals())
                .singleElement()
                .satisfies(w -> assertThat(w.mandateId()).isEqualTo(20L));
    }

    @Test
    void refusesAnUnknownOrMissingIssuingBody() {
        ActForm unknown = form();
        unknown.setIssuingBody(RecordRef.unknown("Ministry of Magic"));
        assertThat(checks.read(unknown, errors)).isNull();
        assertThat(errors.getFieldError("issuingBody").getCode()).isEqualTo("picker.unknown");

        Errors missing = new MapBindingResult(new HashMap<>(), "form");
        ActForm none = form();
        none.setIssuingBody(null);
        checks.read(none, missing);
        assertThat(missing.getFieldError("issuingBody").getCode()).isEqualTo("NotBlank");
    }

    @Test
    void refusesAnActWithoutADatedStageOrASource() {
        ActForm form = form();
        form.getStages().clear();
        form.getSources().clear();

        assertThat(checks.read(form, errors)).isNull();
        assertThat(errors.getFieldError("stages[0].date").getCode()).isEqualTo("act.stageRequired");
        assertThat(errors.getFieldError("sources[0]").getCode()).isEqualTo("act.sourceRequired");
        // The rows the refusals are told at are there to show them.
        assertThat(form.getStages()).hasSize(1);
        assertThat(form.getSources()).hasSize(1);
    }

    @Test
    void refusesAStageTakenByAnUnknownBody() {
        ActForm form = form();
        form.getStages().get(0).setBody(RecordRef.of(99L));

        assertThat(checks.read(form, errors)).isNull();
        assertThat(errors.getFieldError("stages[0].body").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesAnUnknownSource() {
        ActForm form = form();
        form.getSources().add(RecordRef.unknown("Nowhere"));

        assertThat(checks.read(form, errors)).isNull();
        assertThat(errors.getFieldError("sources[1]").getCode()).isEqualTo("picker.unknown");
    }

    @Test
    void refusesADutyWithoutBodyOrEndingBeforeItStarts() {
        ActForm form = form();
        DutyRow duty = form.getDuties().get(0);
        duty.setBody(null);
        duty.setValidTo("2024-01-01");

        assertThat(checks.read(form, errors)).isNull();
        assertThat(errors.getFieldError("duties[0].body").getCode()).isEqualTo("act.duty.bodyRequired");
        assertThat(errors.getFieldError("duties[0].validTo").getCode()).isEqualTo("act.duty.endsBeforeStart");
    }

    @Test
    void refusesAWithdrawalOfADutyWithdrawnAlreadyOrTwice() {
        when(mandates.withdrawalOf(20)).thenReturn(Optional.of(GRANT));
        when(acts.find(9)).thenReturn(Optional.empty());

        assertThat(checks.read(form(), errors)).isNull();
        assertThat(errors.getFieldError("withdrawals[0].mandate").getCode())
                .isEqualTo("act.withdrawal.alreadyWithdrawn");

        Errors twice = new MapBindingResult(new HashMap<>(), "form");
        when(mandates.withdrawalOf(20)).thenReturn(Optional.empty());
        ActForm form = form();
        form.getWithdrawals().add(withdrawal("2025-03-01"));
        checks.read(form, twice);
        assertThat(twice.getFieldError("withdrawals[1].mandate").getCode()).isEqualTo("act.withdrawal.twice");
    }

    @Test
    void refusesAWithdrawalBeforeTheDutyBegan() {
        ActForm form = form();
        form.getWithdrawals().set(0, withdrawal("2019-12-31"));

        assertThat(checks.read(form, errors)).isNull();
        assertThat(errors.getFieldError("withdrawals[0].effectiveOn").getCode()).isEqualTo("act.withdrawal.tooEarly");
    }

    @Test
    void leavesEmptyRowsOut() {
        ActForm form = form();
        form.getStages().add(new StageRow());
        form.getDuties().add(new DutyRow());
        form.getWithdrawals().add(new WithdrawalRow());

        assertThat(checks.read(form, errors)).isNotNull();
    }

    private static ActForm form() {
        ActForm form = new ActForm();
        form.setTitleEn("On the register of drones");
        form.setIssuingBody(RecordRef.of(1L));
        StageRow stage = new StageRow();
        stage.setStage(StageKind.ADOPTED);
        stage.setDate("2025-09-14");
        form.getStages().add(stage);
        form.getSources().add(RecordRef.of(5L));
        DutyRow duty = new DutyRow();
        duty.setBody(RecordRef.of(1L));
        duty.setDuty("Keeps the drone register");
        duty.setValidFrom("2025-09-14");
        form.getDuties().add(duty);
        form.getWithdrawals().add(withdrawal("2025-09-14"));
        return form;
    }

    private static WithdrawalRow withdrawal(String on) {
        WithdrawalRow row = new WithdrawalRow();
        row.setMandate(RecordRef.of(20L));
        row.setEffectiveOn(on);
        return row;
    }
}
