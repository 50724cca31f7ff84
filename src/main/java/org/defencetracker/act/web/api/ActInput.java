package org.defencetracker.act.web.api;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.StageKind;
import org.defencetracker.act.web.ActForm;
import org.defencetracker.shared.DatePrecision;

/**
 * An act as the API reads it, with the fields of the page's form; related records are named by their ids. Stage
 * dates are written as "2025-09-14", "2025-09" or "2025" with their {@code precision}. {@code duties} are the
 * duties the act grants: a row with the {@code id} of an existing grant corrects it, a row without one adds a
 * grant, and a grant left out is taken back. {@code withdrawals} take duties granted by other acts away from a
 * day on. An update that leaves out {@code sources} or {@code duties} keeps those the act has. {@code version}
 * is the one read, required for an update.
 */
record ActInput(
        ActKind kind,
        String officialNumber,
        String registryNumber,
        String eli,
        String titleEn,
        String titleRu,
        String titleKk,
        Long issuingBodyId,
        String summary,
        List<Stage> stages,
        List<Long> sources,
        List<Duty> duties,
        List<Withdrawal> withdrawals,
        Long version) {

    record Stage(
            StageKind stage, String date, DatePrecision precision, Boolean approximate, Long bodyId, String note) {}

    record Duty(Long id, Long bodyId, String duty, LocalDate validFrom, LocalDate validTo) {}

    record Withdrawal(Long mandateId, LocalDate effectiveOn) {}

    /** This input, with the sources and the duties the act has now where it leaves them out. */
    ActInput keeping(List<Long> currentSources, List<Duty> currentDuties) {
        return new ActInput(
                kind,
                officialNumber,
                registryNumber,
                eli,
                titleEn,
                titleRu,
                titleKk,
                issuingBodyId,
                summary,
                stages,
                sources == null ? currentSources : sources,
                duties == null ? currentDuties : duties,
                withdrawals,
                version);
    }

    /** The page's form filled with this input; the pickers of the page read "#12" as the record numbered 12. */
    ActForm form() {
        ActForm form = new ActForm();
        form.setKind(kind);
        form.setOfficialNumber(officialNumber);
        form.setRegistryNumber(registryNumber);
        form.setEli(eli);
        form.setTitleEn(titleEn);
        form.setTitleRu(titleRu);
        form.setTitleKk(titleKk);
        form.setIssuingBody(number(issuingBodyId));
        form.setSummary(summary);
        for (Stage stage : stages == null ? List.<Stage>of() : stages) {
            ActForm.StageRow row = new ActForm.StageRow();
            if (stage != null) {
                row.setStage(stage.stage());
                row.setDate(stage.date());
                row.setPrecision(stage.precision() == null ? DatePrecision.DAY : stage.precision());
                row.setApproximate(Boolean.TRUE.equals(stage.approximate()));
                row.setBody(number(stage.bodyId()));
                row.setNote(stage.note());
            }
            form.getStages().add(row);
        }
        for (Long source : sources == null ? List.<Long>of() : sources) {
            form.getSources().add(source == null ? "" : "#" + source);
        }
        for (Duty duty : duties == null ? List.<Duty>of() : duties) {
            ActForm.DutyRow row = new ActForm.DutyRow();
            if (duty != null) {
                row.setId(duty.id());
                row.setBody(number(duty.bodyId()));
                row.setDuty(duty.duty());
                row.setValidFrom(
                        duty.validFrom() == null ? null : duty.validFrom().toString());
                row.setValidTo(duty.validTo() == null ? null : duty.validTo().toString());
            }
            form.getDuties().add(row);
        }
        for (Withdrawal withdrawal : withdrawals == null ? List.<Withdrawal>of() : withdrawals) {
            ActForm.WithdrawalRow row = new ActForm.WithdrawalRow();
            if (withdrawal != null) {
                row.setMandate(number(withdrawal.mandateId()));
                row.setEffectiveOn(
                        withdrawal.effectiveOn() == null
                                ? null
                                : withdrawal.effectiveOn().toString());
            }
            form.getWithdrawals().add(row);
        }
        form.setVersion(version);
        return form;
    }

    private static String number(Long id) {
        return id == null ? null : "#" + id;
    }
}
