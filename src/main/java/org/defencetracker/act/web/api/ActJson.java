package org.defencetracker.act.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.act.StageView;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.web.api.ApiDate;

/** A legal act as the API writes it; {@code status} is the furthest stage reached today. */
record ActJson(
        long id,
        ActKind kind,
        String officialNumber,
        String registryNumber,
        String eli,
        String titleEn,
        String titleRu,
        String titleKk,
        long issuingBodyId,
        String summary,
        String summaryRu,
        String summaryKk,
        String label,
        StageKind status,
        List<Stage> stages,
        List<Long> sourceIds,
        List<Duty> duties,
        long version,
        boolean archived) {

    /** A duty the act grants to a body or withdraws from it, from when to when; null in lists. */
    @Schema(name = "ActDuty")
    record Duty(long id, long bodyId, MandateChange change, String duty, LocalDate validFrom, LocalDate validTo) {

        static Duty of(MandateView mandate) {
            return new Duty(
                    mandate.id(),
                    mandate.bodyId(),
                    mandate.change(),
                    mandate.duty(),
                    mandate.validFrom(),
                    mandate.validTo());
        }
    }

    /** A step of the act's life; {@code bodyId} is the body that took it, where not the issuing body. */
    @Schema(name = "ActStage")
    record Stage(long id, StageKind stage, ApiDate date, Long bodyId, String note) {

        static Stage of(StageView stage) {
            return new Stage(stage.id(), stage.stage(), ApiDate.of(stage.date()), stage.bodyId(), stage.note());
        }
    }

    static ActJson of(ActView act) {
        return of(act, null);
    }

    static ActJson of(ActView act, List<MandateView> duties) {
        return new ActJson(
                act.id(),
                act.kind(),
                act.officialNumber(),
                act.registryNumber(),
                act.eli(),
                act.titleEn(),
                act.titleRu(),
                act.titleKk(),
                act.issuingBodyId(),
                act.summary(),
                act.summaryRu(),
                act.summaryKk(),
                act.label(),
                act.status(),
                act.stages().stream().map(Stage::of).toList(),
                act.sourceIds(),
                duties == null ? null : duties.stream().map(Duty::of).toList(),
                act.version(),
                act.archived());
    }
}
