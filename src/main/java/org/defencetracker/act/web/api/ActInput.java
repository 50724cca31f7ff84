package org.defencetracker.act.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.act.ActDraft;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.shared.web.api.ApiWrites;

/**
 * An act as the API reads it, checked by the same rules as the page's form; related records are named by their
 * ids. Stage dates are written as "2025-09-14", "2025-09" or "2025" with their {@code precision}. {@code duties}
 * are the duties the act grants: a row with the {@code id} of an existing grant corrects it, a row without one adds
 * a grant, and a grant left out is taken back. {@code withdrawals} take duties granted by other acts away from a
 * day on. An update that leaves out {@code sources} or {@code duties} keeps those the act has. {@code version} is
 * the one read, required for an update.
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
        String summaryRu,
        String summaryKk,
        List<@Valid Stage> stages,
        List<Long> sources,
        List<@Valid Duty> duties,
        List<@Valid Withdrawal> withdrawals,
        Long version)
        implements ActDraft, ApiWrites.Versioned {

    @Schema(name = "ActStageInput")
    record Stage(StageKind stage, String date, DatePrecision precision, Boolean approximate, Long bodyId, String note)
            implements StageDraft {

        @Override
        public StageKind getStage() {
            return stage;
        }

        @Override
        public String getDate() {
            return date;
        }

        @Override
        public DatePrecision getPrecision() {
            return precision == null ? DatePrecision.DAY : precision;
        }

        @Override
        public boolean isApproximate() {
            return Boolean.TRUE.equals(approximate);
        }

        @Override
        public String getNote() {
            return note;
        }

        @Override
        public RecordRef body() {
            return RecordRef.of(bodyId);
        }
    }

    @Schema(name = "ActDutyInput")
    record Duty(Long id, Long bodyId, String duty, LocalDate validFrom, LocalDate validTo) implements DutyDraft {

        @Override
        public String getDuty() {
            return duty;
        }

        @Override
        public String getValidFrom() {
            return validFrom == null ? null : validFrom.toString();
        }

        @Override
        public String getValidTo() {
            return validTo == null ? null : validTo.toString();
        }

        @Override
        public RecordRef body() {
            return RecordRef.of(bodyId);
        }

        @Override
        public Long grantId() {
            return id;
        }
    }

    @Schema(name = "ActWithdrawalInput")
    record Withdrawal(Long mandateId, LocalDate effectiveOn) implements WithdrawalDraft {

        @Override
        public RecordRef mandate() {
            return RecordRef.of(mandateId);
        }

        @Override
        public String getEffectiveOn() {
            return effectiveOn == null ? null : effectiveOn.toString();
        }
    }

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
                summaryRu,
                summaryKk,
                stages,
                sources == null ? currentSources : sources,
                duties == null ? currentDuties : duties,
                withdrawals,
                version);
    }

    @Override
    public ActKind getKind() {
        return kind;
    }

    @Override
    public String getOfficialNumber() {
        return officialNumber;
    }

    @Override
    public String getRegistryNumber() {
        return registryNumber;
    }

    @Override
    public String getEli() {
        return eli;
    }

    @Override
    public String getTitleEn() {
        return titleEn;
    }

    @Override
    public String getTitleRu() {
        return titleRu;
    }

    @Override
    public String getTitleKk() {
        return titleKk;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getSummaryRu() {
        return summaryRu;
    }

    @Override
    public String getSummaryKk() {
        return summaryKk;
    }

    @Override
    public RecordRef issuingBody() {
        return RecordRef.of(issuingBodyId);
    }

    @Override
    public List<Stage> getStages() {
        return stages == null ? List.of() : stages;
    }

    @Override
    public List<RecordRef> sourceRefs() {
        return ApiInput.refs(sources);
    }

    @Override
    public List<Duty> getDuties() {
        return duties == null ? List.of() : duties;
    }

    @Override
    public List<Withdrawal> getWithdrawals() {
        return withdrawals == null ? List.of() : withdrawals;
    }

    /** The API names a related record by its id: {@code "issuingBodyId"}, a row's {@code "bodyId"}. */
    @Override
    public String field(String picked) {
        return picked + "Id";
    }
}
