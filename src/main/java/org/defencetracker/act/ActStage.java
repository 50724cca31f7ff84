package org.defencetracker.act;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.defencetracker.shared.ChildRow;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.OptionalText;

@Entity
class ActStage extends ChildRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "act_id")
    private LegalAct act;

    @Enumerated(EnumType.STRING)
    private StageKind stage;

    @Embedded
    private FuzzyDate date;

    private Long bodyId;

    private String note;

    protected ActStage() {}

    ActStage(LegalAct act, StageKind stage, FuzzyDate date, Long bodyId, String note) {
        this.act = act;
        revise(stage, date, bodyId, note);
    }

    void revise(StageKind stage, FuzzyDate date, Long bodyId, String note) {
        this.stage = java.util.Objects.requireNonNull(stage, "stage");
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.bodyId = bodyId;
        this.note = OptionalText.strippedOrNull(note);
    }

    StageKind stage() {
        return stage;
    }

    FuzzyDate date() {
        return date;
    }

    StageView view() {
        return new StageView(id(), stage, date, bodyId, note);
    }
}
