package org.defencetracker.act.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.defencetracker.act.ActDraft;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.PickedFrom;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.shared.web.RowChange;

/**
 * One form for a whole act: its identifiers and titles, its dated stages, its sources (picked, or one typed in
 * on the spot) and the duties it grants or withdraws. A decree is entered at once: number, title, date, issuing
 * body, summary, source and duties. Empty rows are left out. Its constraints, and its rows', are those of
 * {@link ActDraft}.
 */
public class ActForm implements EditForm, ActDraft, RowChange.Rows {

    private ActKind kind = ActKind.DECREE;

    private String officialNumber;

    private String registryNumber;

    private String eli;

    private String titleEn;

    private String titleRu;

    private String titleKk;

    @PickedFrom(RecordChoices.BODIES)
    private RecordRef issuingBody;

    private String summary;

    private String summaryRu;

    private String summaryKk;

    @Valid
    private List<StageRow> stages = new ArrayList<>();

    @PickedFrom(RecordChoices.SOURCES)
    private List<RecordRef> sources = new ArrayList<>();

    @Valid
    private NewSource newSource = new NewSource();

    @Valid
    private List<DutyRow> duties = new ArrayList<>();

    @Valid
    private List<WithdrawalRow> withdrawals = new ArrayList<>();

    private Long version;

    /** A blank form for a new act, with room for one stage, two sources, three duties and one withdrawal. */
    static ActForm blank() {
        ActForm form = new ActForm();
        StageRow adopted = new StageRow();
        adopted.setStage(StageKind.ADOPTED);
        form.stages.add(adopted);
        form.padRows();
        return form;
    }

    /** One more empty row in a repeated group: "stages", "sources", "duties" or "withdrawals". */
    @Override
    public void addRow(String group) {
        switch (String.valueOf(group)) {
            case "stages" -> stages.add(new StageRow());
            case "sources" -> sources.add(null);
            case "duties" -> duties.add(new DutyRow());
            case "withdrawals" -> withdrawals.add(new WithdrawalRow());
            default -> {}
        }
    }

    @Override
    public void removeRow(String group, int index) {
        List<?> rows = switch (String.valueOf(group)) {
            case "stages" -> stages;
            case "sources" -> sources;
            case "duties" -> duties;
            case "withdrawals" -> withdrawals;
            default -> List.of();
        };
        if (index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Adds empty rows up to what an editor may need in one go. */
    void padRows() {
        if (stages.isEmpty() || !stages.get(stages.size() - 1).isEmpty()) {
            stages.add(new StageRow());
        }
        while (sources.size() < 2 || sources.get(sources.size() - 1) != null) {
            sources.add(null);
        }
        long emptyDuties = duties.stream().filter(DutyRow::isEmpty).count();
        for (long i = emptyDuties; i < 2; i++) {
            duties.add(new DutyRow());
        }
        if (withdrawals.isEmpty() || !withdrawals.get(withdrawals.size() - 1).isEmpty()) {
            withdrawals.add(new WithdrawalRow());
        }
    }

    @Override
    public Map<String, String> values() {
        return ActFormValues.of(this);
    }

    @Override
    public ActKind getKind() {
        return kind;
    }

    public void setKind(ActKind kind) {
        this.kind = kind;
    }

    @Override
    public String getOfficialNumber() {
        return officialNumber;
    }

    public void setOfficialNumber(String officialNumber) {
        this.officialNumber = officialNumber;
    }

    @Override
    public String getRegistryNumber() {
        return registryNumber;
    }

    public void setRegistryNumber(String registryNumber) {
        this.registryNumber = registryNumber;
    }

    @Override
    public String getEli() {
        return eli;
    }

    public void setEli(String eli) {
        this.eli = eli;
    }

    @Override
    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    @Override
    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    @Override
    public String getTitleKk() {
        return titleKk;
    }

    public void setTitleKk(String titleKk) {
        this.titleKk = titleKk;
    }

    public RecordRef getIssuingBody() {
        return issuingBody;
    }

    @Override
    public RecordRef issuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(RecordRef issuingBody) {
        this.issuingBody = issuingBody;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    @Override
    public String getSummaryRu() {
        return summaryRu;
    }

    public void setSummaryRu(String summaryRu) {
        this.summaryRu = summaryRu;
    }

    @Override
    public String getSummaryKk() {
        return summaryKk;
    }

    public void setSummaryKk(String summaryKk) {
        this.summaryKk = summaryKk;
    }

    @Override
    public List<StageRow> getStages() {
        return stages;
    }

    public void setStages(List<StageRow> stages) {
        this.stages = stages;
    }

    public List<RecordRef> getSources() {
        return sources;
    }

    @Override
    public List<RecordRef> sourceRefs() {
        return sources;
    }

    public void setSources(List<RecordRef> sources) {
        this.sources = sources;
    }

    @Override
    public NewSource getNewSource() {
        return newSource;
    }

    public void setNewSource(NewSource newSource) {
        this.newSource = newSource;
    }

    @Override
    public List<DutyRow> getDuties() {
        return duties;
    }

    public void setDuties(List<DutyRow> duties) {
        this.duties = duties;
    }

    @Override
    public List<WithdrawalRow> getWithdrawals() {
        return withdrawals;
    }

    public void setWithdrawals(List<WithdrawalRow> withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
