package org.defencetracker.act;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "act_stage")
class ActStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
        this.stage = java.util.Objects.requireNonNull(stage, "stage");
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.bodyId = bodyId;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void revise(StageKind stage, FuzzyDate date, Long bodyId, String note) {
        this.stage = java.util.Objects.requireNonNull(stage, "stage");
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.bodyId = bodyId;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    Long id() {
        return id;
    }

    StageKind stage() {
        return stage;
    }

    FuzzyDate date() {
        return date;
    }

    Long bodyId() {
        return bodyId;
    }

    StageView view() {
        return new StageView(id, stage, date, bodyId, note);
    }
}
