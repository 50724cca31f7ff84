package org.defencetracker.act;

import static org.defencetracker.shared.OptionalText.strippedOrNull;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.defencetracker.shared.CitingRecord;
import org.defencetracker.shared.LocalizedName;
import org.hibernate.annotations.EmbeddedColumnNaming;

@Entity
@AssociationOverride(
        name = "sourceIds",
        joinTable = @JoinTable(name = "act_source", joinColumns = @JoinColumn(name = "act_id")))
class LegalAct extends CitingRecord<IssueAct> {

    @Enumerated(EnumType.STRING)
    private ActKind kind;

    private String officialNumber;

    private String registryNumber;

    private String eli;

    @Embedded
    @EmbeddedColumnNaming("title_%s")
    private LocalizedName title;

    private long issuingBodyId;

    private String summary;

    private String summaryRu;

    private String summaryKk;

    @OneToMany(mappedBy = "act", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date.on, id")
    private List<ActStage> stages = new ArrayList<>();

    protected LegalAct() {}

    /**
     * Sets what an editor may change, stages and sources included. Stages are replaced as a whole, since the form
     * shows them all; a new act gets them all.
     */
    @Override
    protected void apply(IssueAct command) {
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
        cite(command.sourceIds());
        this.kind = command.kind();
        this.officialNumber = strippedOrNull(command.officialNumber());
        this.registryNumber = strippedOrNull(command.registryNumber());
        this.eli = strippedOrNull(command.eli());
        this.title = LocalizedName.typed(command.titleEn(), command.titleRu(), command.titleKk());
        this.issuingBodyId = command.issuingBodyId();
        this.summary = strippedOrNull(command.summary());
        this.summaryRu = strippedOrNull(command.summaryRu());
        this.summaryKk = strippedOrNull(command.summaryKk());
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
            label.append(" “").append(title.en()).append('”');
        }
        return label.toString();
    }

    /** The label with the title: an unnumbered act's label already holds its title. */
    String name() {
        return officialNumber == null ? label() : label() + ": " + title.en();
    }

    ActKind kind() {
        return kind;
    }

    String titleEn() {
        return title.en();
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

    ActView view(LocalDate today) {
        return new ActView(
                id(),
                kind,
                officialNumber,
                registryNumber,
                eli,
                title.en(),
                title.ru(),
                title.kk(),
                issuingBodyId,
                summary,
                summaryRu,
                summaryKk,
                label(),
                statusOn(today).orElse(null),
                stages.stream().map(ActStage::view).toList(),
                List.copyOf(sourceIds()),
                version(),
                archived());
    }
}
