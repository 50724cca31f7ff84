package org.defencetracker.act;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.shared.EditableRecord;
import org.defencetracker.shared.FuzzyDate;

@Entity
@Table(name = "legal_act")
class LegalAct extends EditableRecord {

    @Enumerated(EnumType.STRING)
    private ActKind kind;

    private String officialNumber;

    private String registryNumber;

    private String eli;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "title_ru")
    private String titleRu;

    @Column(name = "title_kk")
    private String titleKk;

    private long issuingBodyId;

    private String summary;

    @OneToMany(mappedBy = "act", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date.on, id")
    private List<ActStage> stages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "act_source", joinColumns = @JoinColumn(name = "act_id"))
    @Column(name = "source_id")
    @OrderBy
    private Set<Long> sourceIds = new LinkedHashSet<>();

    protected LegalAct() {}

    LegalAct(IssueAct command, Clock clock) {
        super(clock);
        apply(command);
    }

    /**
     * Replaces what an editor may change, stages and sources included; {@code editedVersion} is the version the
     * editor started from. Stages are replaced as a whole, since the form shows them all.
     */
    void revise(IssueAct command, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> correct(command));
    }

    private void correct(IssueAct command) {
        // Stages are corrected in place, in date order, so that an unchanged stage keeps its row and its history.
        List<IssueAct.Stage> wanted = command.stages().stream()
                .sorted(Comparator.comparing((IssueAct.Stage s) -> s.date().start())
                        .thenComparing(s -> s.stage().ordinal()))
                .toList();
        while (stages.size() > wanted.size()) {
            stages.remove(stages.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            IssueAct.Stage stage = wanted.get(i);
            if (i < stages.size()) {
                stages.get(i).revise(stage.stage(), stage.date(), stage.bodyId(), stage.note());
            } else {
                stages.add(new ActStage(this, stage.stage(), stage.date(), stage.bodyId(), stage.note()));
            }
        }
        Set<Long> cited = new LinkedHashSet<>(command.sourceIds());
        sourceIds.retainAll(cited);
        sourceIds.addAll(cited);
        applyFields(command);
    }

    private void apply(IssueAct command) {
        applyFields(command);
        this.sourceIds.addAll(command.sourceIds());
        for (IssueAct.Stage stage : command.stages()) {
            addStage(stage.stage(), stage.date(), stage.bodyId(), stage.note());
        }
    }

    private void applyFields(IssueAct command) {
        this.kind = command.kind();
        this.officialNumber = blankToNull(command.officialNumber());
        this.registryNumber = blankToNull(command.registryNumber());
        this.eli = blankToNull(command.eli());
        this.titleEn = command.titleEn().strip();
        this.titleRu = blankToNull(command.titleRu());
        this.titleKk = blankToNull(command.titleKk());
        this.issuingBodyId = command.issuingBodyId();
        this.summary = blankToNull(command.summary());
    }

    ActStage addStage(StageKind stage, FuzzyDate date, Long bodyId, String note) {
        ActStage added = new ActStage(this, stage, date, bodyId, note);
        stages.add(added);
        stages.sort(Comparator.comparing((ActStage s) -> s.date().start())
                .thenComparing(s -> s.stage().ordinal()));
        return added;
    }

    /** The furthest step reached on a date; empty before the first one. */
    Optional<StageKind> statusOn(LocalDate date) {
        return stages.stream()
                .filter(s -> !s.date().start().isAfter(date))
                .map(ActStage::stage)
                .max(Comparator.naturalOrder());
    }

    /**
     * "Law No. 123-VIII of June 2025"; an act without an official number is told apart by its title, as such acts
     * are cited: "Order of 15 January 2026 “On the reserve”". Kind and date alone name many acts at once.
     */
    String label() {
        String kindName = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        StringBuilder label = new StringBuilder(kindName);
        if (officialNumber != null) {
            label.append(" No. ").append(officialNumber);
        }
        stages.stream()
                .findFirst()
                .ifPresent(s -> label.append(" of ").append(s.date().label(Locale.ENGLISH)));
        if (officialNumber == null) {
            label.append(" “").append(titleEn).append('”');
        }
        return label.toString();
    }

    /** The label with the title: an unnumbered act's label already holds its title. */
    String name() {
        return officialNumber == null ? label() : label() + ": " + titleEn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    ActKind kind() {
        return kind;
    }

    String titleEn() {
        return titleEn;
    }

    String summary() {
        return summary;
    }

    long issuingBodyId() {
        return issuingBodyId;
    }

    List<ActStage> stages() {
        return stages;
    }

    Set<Long> sourceIds() {
        return sourceIds;
    }

    ActView view(LocalDate today) {
        return new ActView(
                id(),
                kind,
                officialNumber,
                registryNumber,
                eli,
                titleEn,
                titleRu,
                titleKk,
                issuingBodyId,
                summary,
                label(),
                statusOn(today).orElse(null),
                stages.stream().map(ActStage::view).toList(),
                List.copyOf(sourceIds),
                version(),
                archived());
    }
}
