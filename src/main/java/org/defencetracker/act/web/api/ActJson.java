package org.defencetracker.act.web.api;

import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.act.StageView;
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
        String label,
        StageKind status,
        List<Stage> stages,
        List<Long> sourceIds,
        long version,
        boolean archived) {

    /** A step of the act's life; {@code bodyId} is the body that took it, where not the issuing body. */
    record Stage(long id, StageKind stage, ApiDate date, Long bodyId, String note) {

        static Stage of(StageView stage) {
            return new Stage(stage.id(), stage.stage(), ApiDate.of(stage.date()), stage.bodyId(), stage.note());
        }
    }

    static ActJson of(ActView act) {
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
                act.label(),
                act.status(),
                act.stages().stream().map(Stage::of).toList(),
                act.sourceIds(),
                act.version(),
                act.archived());
    }
}
